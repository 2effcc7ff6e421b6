import type { EntityMention, EntitiesResult } from '../../api/src/extract/entities/types';
import { splitSentences } from '../../api/src/extract/sentences/index';
import { extractStatements } from '../../api/src/extract/statements/index';
import { findQuotes } from '../../api/src/extract/statements/quotes';
import type { Cue, RuleContext } from '../../api/src/extract/statements/rules/index';
import { buildUnits } from '../../api/src/extract/statements/units';
import { findVerbHits } from '../../api/src/extract/statements/verbHits';
import type { EntityRef, Issue, StatementFact } from '../../api/src/extract/types';
import { makeArticle } from './article';

/** A person reference with a slug id. */
export const person = (name: string): EntityRef => ({ kind: 'Person', id: `person:${slug(name)}`, name });
/** A country reference keyed by ISO3. */
export const country = (name: string, iso3: string): EntityRef => ({ kind: 'Country', id: `country:${iso3}`, name });
/** An organisation reference with a slug id. */
export const org = (name: string): EntityRef => ({ kind: 'Organization', id: `org:${slug(name)}`, name });

function slug(s: string): string {
  return s.toLowerCase().replace(/[^a-z0-9]+/g, '-');
}

/** Every whole-word occurrence of each surface in `body` as a mention of its ref, sorted by start (nested mentions kept). */
export function mentionsFor(body: string, pairs: ReadonlyArray<readonly [string, EntityRef]>): EntityMention[] {
  const out: EntityMention[] = [];
  for (const [surface, ref] of pairs) {
    for (let i = body.indexOf(surface); i >= 0; i = body.indexOf(surface, i + 1)) {
      const before = body[i - 1] ?? ' ';
      const after = body[i + surface.length] ?? ' ';
      if (/\p{L}/u.test(before) || /\p{L}/u.test(after)) continue;
      out.push({ start: i, end: i + surface.length, text: surface, ref, form: 'name' });
    }
  }
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** Entities result holding only the given mentions. */
export function entitiesWith(mentions: EntityMention[]): EntitiesResult {
  return { persons: [], countries: [], organizations: [], treaties: [], mentions, issues: [] };
}

/** Runs the statements stage on a body with hand-made mentions. */
export function statementsOf(body: string, pairs: ReadonlyArray<readonly [string, EntityRef]>, publishedAt: string | null = null): { statements: StatementFact[]; issues: Issue[] } {
  const article = makeArticle(body, { publishedAt });
  return extractStatements(article, splitSentences(body), entitiesWith(mentionsFor(body, pairs)));
}

/** The rule context of the first unit of a body, for testing one attribution rule. */
export function firstUnitContext(body: string): RuleContext {
  const { quotes } = findQuotes(body);
  const units = buildUnits(body, splitSentences(body), quotes);
  const unit = units[0];
  if (!unit) throw new Error('test: the body has no unit');
  return { body, unit, hits: findVerbHits(unit) };
}

/** A cue as readable text: the verb, the speaker phrase, its direction and the reported clause. */
export function describeCue(body: string, cue: Cue): { verb: string; speaker: string; direction: string; content: string | null } {
  return {
    verb: cue.hit.text,
    speaker: body.slice(cue.speaker.start, cue.speaker.end).trim(),
    direction: cue.speaker.direction,
    content: cue.content ? body.slice(cue.content.start, cue.content.end).trim() : null,
  };
}
