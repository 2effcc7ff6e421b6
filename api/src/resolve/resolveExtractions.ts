import { personNameTokens } from '../extract/entities/ids';
import type { ExtractionResult, PersonFact } from '../extract/types';
import { PERSON_RULES, SURNAME_EVIDENCE } from './rules/index';
import { chooseBySurname } from './rules/surnameOnly';
import { rewriteEntityIds } from './rewriteIds';
import type { KnownPerson, KnownRole, PersonMerge, PersonRule, SurnameEvidence, SurnameMention } from './types';

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

/** Folds a role title for comparison, as the store folds `titleKey` ("Foreign  Minister" = "foreign minister"). */
export function foldRoleTitle(title: string): string {
  return title.toLowerCase().replace(/\s+/g, ' ').trim();
}

const isFullName = (name: string) => personNameTokens(name).length >= 2;

/** The roles an article gives a person, for a country or organisation, as resolution compares them. */
function rolesOf(person: PersonFact, to: (id: string) => string): KnownRole[] {
  return person.roles
    .filter((r) => r.of && (r.of.kind === 'Country' || r.of.kind === 'Organization'))
    .map((r) => ({ titleKey: foldRoleTitle(r.title), target: to(r.of!.id) }));
}

/** The context one article gives a person it names by surname alone, as `chooseBySurname` weighs it; `inArticle` are the resolved ids of the persons it names in full. */
export function toSurnameMention(person: PersonFact, extraction: ExtractionResult, inArticle: readonly string[]): SurnameMention {
  const roles = rolesOf(person, (ref) => ref);
  return {
    id: person.id,
    name: person.name,
    titleKeys: [...new Set(person.roles.map((r) => foldRoleTitle(r.title)))],
    targets: [...new Set(roles.map((r) => r.target))],
    mentioned: [...extraction.countries.map((c) => c.id), ...extraction.organizations.map((o) => o.id)],
    publishedAt: extraction.article.publishedAt ?? null,
    inArticle,
  };
}

/**
 * Resolves the persons of a batch of extractions against `known` persons (from the graph) and against each other, in two passes.
 * 1. Full names, article by article: the first PERSON_RULES answer wins, else the person keeps its id and becomes known to the
 *    articles after it (with the roles its article gives it).
 * 2. Surname-only names: each is placed by `chooseBySurname` among ALL full names with that surname (graph and whole batch), with the
 *    context of its own article, so its answer does not depend on where the article sits in the batch; unplaced, it keeps its own id.
 * Ids an editor merged by hand follow `redirects` first and are never moved. Countries, organisations and treaties resolve by id alone
 * (the extractor already folds their names into ids). Pure; never throws.
 */
export function resolveExtractions(
  extractions: readonly ExtractionResult[],
  known: readonly KnownPerson[],
  redirects: ReadonlyMap<string, string> = new Map(),
  rules: readonly PersonRule[] = PERSON_RULES,
  evidence: readonly SurnameEvidence[] = SURNAME_EVIDENCE,
): ResolveResult {
  const bySurname = new Map<string, Map<string, KnownPerson>>();
  const remember = (p: KnownPerson) => {
    const key = surnameKey(p.name);
    if (!key || !isFullName(p.name)) return;
    const list = bySurname.get(key) ?? new Map<string, KnownPerson>();
    const before = list.get(p.id);
    // A full name named again in the batch adds the roles its article gives to what the graph knows.
    list.set(p.id, before ? { ...before, roles: [...(before.roles ?? []), ...(p.roles ?? [])], firstSeen: minDate(before.firstSeen, p.firstSeen), lastSeen: maxDate(before.lastSeen, p.lastSeen), namedInFull: (before.namedInFull ?? 0) + (p.namedInFull ?? 0) } : p);
    bySurname.set(key, list);
  };
  known.forEach(remember);
  const candidatesOf = (name: string) => [...(bySurname.get(surnameKey(name) ?? '')?.values() ?? [])];

  const merges: PersonMerge[] = [];
  const redirected = extractions.map((original) => rewriteEntityIds(original, redirects));
  const movedByHand = (x: ExtractionResult, k: number) => new Set(extractions[k]!.persons.filter((p) => redirects.has(p.id)).map((p) => redirects.get(p.id)!).filter((id) => x.persons.some((p) => p.id === id)));
  const mappings = redirected.map(() => new Map<string, string>());

  // Pass 1: full names.
  redirected.forEach((extraction, k) => {
    const mapping = mappings[k]!;
    const fixed = movedByHand(extraction, k);
    for (const person of extraction.persons.filter((p) => isFullName(p.name))) {
      let target: string | null = fixed.has(person.id) ? person.id : null;
      let rule = '';
      for (const r of target ? [] : rules) {
        target = r.resolve({ id: person.id, name: person.name }, candidatesOf(person.name));
        if (target) {
          rule = r.name;
          break;
        }
      }
      const id = target ?? person.id;
      if (id !== person.id) {
        mapping.set(person.id, id);
        merges.push({ articleId: extraction.article.id, fromId: person.id, toId: id, rule });
      }
      const seen = extraction.article.publishedAt ?? null;
      const roles = rolesOf(person, (ref) => ref);
      remember({ id, name: person.name, roles, firstSeen: roles.length ? seen : null, lastSeen: roles.length ? seen : null, namedInFull: 1 });
    }
  });

  // Pass 2: surname-only names, against every full name of the graph and the batch.
  const resolved = redirected.map((extraction, k) => {
    const mapping = mappings[k]!;
    const fixed = movedByHand(extraction, k);
    const fullIds = extraction.persons.filter((p) => isFullName(p.name)).map((p) => mapping.get(p.id) ?? p.id);
    for (const person of extraction.persons.filter((p) => !isFullName(p.name) && !fixed.has(p.id))) {
      const mention = toSurnameMention(person, extraction, fullIds);
      const target = chooseBySurname(mention, candidatesOf(person.name), evidence);
      if (target && target !== person.id) {
        mapping.set(person.id, target);
        merges.push({ articleId: extraction.article.id, fromId: person.id, toId: target, rule: 'surnameOnly' });
      }
    }
    return mapping.size ? rewriteEntityIds(extraction, mapping) : extraction;
  });
  return { extractions: resolved, merges };
}

function minDate(a: string | null | undefined, b: string | null | undefined): string | null {
  if (!a) return b ?? null;
  if (!b) return a;
  return a < b ? a : b;
}

function maxDate(a: string | null | undefined, b: string | null | undefined): string | null {
  if (!a) return b ?? null;
  if (!b) return a;
  return a > b ? a : b;
}
