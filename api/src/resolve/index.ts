import { personNameTokens } from '../extract/entities/ids';
import type { ExtractionResult } from '../extract/types';
import { PERSON_RULES } from './rules/index';
import { rewriteEntityIds } from './rewriteIds';
import type { KnownPerson, PersonMerge, PersonRule } from './types';

export { findKnownPersons } from './findKnownPersons';
export { findRedirects, entityIdsOf } from './findRedirects';
export { PERSON_RULES } from './rules/index';
export type { KnownPerson, PersonMerge, PersonRule } from './types';

/** What resolution returns: the extractions with person ids pointing at known nodes, and every id it redirected. */
export interface ResolveResult {
  extractions: ExtractionResult[];
  merges: PersonMerge[];
}

/** The folded surname key a person is looked up by (the last name token), or null for an empty name. */
export function surnameKey(name: string): string | null {
  return personNameTokens(name).at(-1) ?? null;
}

/** The surname keys of every person in some extractions, for `findKnownPersons`. */
export function surnamesOf(extractions: readonly ExtractionResult[]): string[] {
  const keys = new Set<string>();
  for (const e of extractions) for (const p of e.persons) {
    const key = surnameKey(p.name);
    if (key) keys.add(key);
  }
  return [...keys];
}

/**
 * Resolves the persons of a batch of extractions against `known` persons (from the graph) and against each other, in order:
 * each person goes to the first rule's answer, else keeps its own id and becomes known to the articles after it.
 * Ids an editor merged by hand follow `redirects` first. Countries, organisations and treaties otherwise resolve by id alone
 * (the extractor already folds their names into ids). Pure; never throws.
 */
export function resolveExtractions(
  extractions: readonly ExtractionResult[],
  known: readonly KnownPerson[],
  redirects: ReadonlyMap<string, string> = new Map(),
  rules: readonly PersonRule[] = PERSON_RULES,
): ResolveResult {
  const bySurname = new Map<string, KnownPerson[]>();
  const remember = (p: KnownPerson) => {
    const key = surnameKey(p.name);
    if (!key) return;
    const list = bySurname.get(key) ?? [];
    if (!list.some((k) => k.id === p.id)) list.push(p);
    bySurname.set(key, list);
  };
  known.forEach(remember);

  const merges: PersonMerge[] = [];
  const resolved = extractions.map((original) => {
    // Manual merges come first: an id an editor merged away always lands on the node that was kept.
    const extraction = rewriteEntityIds(original, redirects);
    const mapping = new Map<string, string>();
    // Full names first, so a surname-only mention in the same article can join the full name.
    const persons = [...extraction.persons].sort((a, b) => personNameTokens(b.name).length - personNameTokens(a.name).length);
    for (const person of persons) {
      const candidates = bySurname.get(surnameKey(person.name) ?? '') ?? [];
      let target: string | null = null;
      let rule = '';
      for (const r of rules) {
        target = r.resolve({ id: person.id, name: person.name }, candidates);
        if (target) {
          rule = r.name;
          break;
        }
      }
      if (target && target !== person.id) {
        mapping.set(person.id, target);
        merges.push({ articleId: extraction.article.id, fromId: person.id, toId: target, rule });
      } else {
        remember({ id: person.id, name: person.name });
      }
    }
    return rewriteEntityIds(extraction, mapping);
  });
  return { extractions: resolved, merges };
}
