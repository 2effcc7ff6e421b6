import { tokenIndexAt } from '../context';
import type { EntityContext, EntityRule, PersonEntry } from '../context';
import { addRole } from '../personRegistry';
import { titlePhraseAt } from '../personRoles';
import type { EntityMention } from '../types';
import { applyTitle } from './personNames';

// "X, who leads the Y": verbs that make the person the head of the body they govern.
const LEADS = /^,\s+who\s+(?:also\s+)?(leads|led|heads|headed|runs|ran|controls|controlled|commands|commanded|chairs|chaired|presides\s+over|presided\s+over)\s+(?:the\s+)?/i;
// "X, who was appointed Deputy Foreign Minister": verbs that hand over a title.
const BECOMES = /^,\s+who\s+(?:(?:is|was|had|has)\s+)?(?:also\s+)?(?:is|was|became|become|been|used\s+to\s+be|serves\s+as|served\s+as|(?:been\s+)?(?:appointed|named|elected|promoted\s+to|sworn\s+in\s+as))\s+(?:as\s+)?/i;
// A military rank takes its owner from the force the person commands, not from a country.
const RANK = /^(?:(?:lieutenant|major|brigadier|vice|rear)[\s-]+)?(?:general|colonel|admiral|marshal|commander)$/i;

/** The organisation mention starting at or up to two lowercase words after offset `at` ("the paramilitary Rapid Support Forces"). */
function bodyAfter(ctx: EntityContext, at: number): EntityMention | undefined {
  let k = tokenIndexAt(ctx, at);
  for (let skipped = 0; skipped <= 2; skipped++, k++) {
    const t = ctx.tokens[k];
    if (!t) return undefined;
    const m = ctx.mentions.find((x) => x.start === t.start && x.ref.kind === 'Organization');
    if (m) return m;
    if (t.cap || !/^\p{Ll}+$/u.test(t.text)) return undefined;
  }
  return undefined;
}

// "who chairs the committee": a body named by its kind, standing for the last body of that kind named before.
const BODY_KIND = /^(committee|subcommittee|panel|commission)\b/i;
// How far back that body may be named.
const KIND_REACH = 600;

/** "X, who chairs the committee": the last committee (panel, commission) named within reach before the person. */
function committeeNamedBefore(ctx: EntityContext, at: number, before: number): EntityMention | undefined {
  const kind = BODY_KIND.exec(ctx.body.slice(at, at + 20))?.[1]?.toLowerCase();
  if (!kind) return undefined;
  const word = new RegExp(`\\b${kind}\\b`, 'i');
  let last: EntityMention | undefined;
  for (const x of ctx.mentions) {
    if (x.ref.kind === 'Organization' && x.end <= before && before - x.end <= KIND_REACH && word.test(x.ref.name) && (!last || x.end > last.end)) last = x;
  }
  return last;
}

/** The head role a "who leads ..." clause gives: a rank without owner takes the body; otherwise a new "head"/"chair" role. */
function leadRole(person: PersonEntry, verb: string, org: EntityMention, sentence: { start: number; end: number }): void {
  const rank = person.roles.findIndex((r) => RANK.test(r.title.trim()) && !r.of);
  if (rank >= 0) {
    const role = person.roles[rank];
    if (role) person.roles[rank] = { ...role, of: org.ref };
    return;
  }
  addRole(person, { title: /^chair/i.test(verb) ? 'chair' : 'head', of: org.ref, span: sentence });
}

/** Roles stated in a relative clause after a person's name: "X, who leads the Y" (head of Y, or the owner of X's rank) and "X, who was appointed Deputy Minister in May" (that title, and one more joined by "and"). */
export const relativeClauseRoles: EntityRule = {
  name: 'relativeClauseRoles',
  apply(ctx) {
    const seen = new Set<number>();
    for (const m of ctx.mentions) {
      if (m.ref.kind !== 'Person' || seen.has(m.end)) continue;
      const person = ctx.persons.get(m.ref.id);
      if (!person) continue;
      const after = ctx.body.slice(m.end, m.end + 80);
      const sentence = ctx.sentences.find((s) => s.start <= m.start && m.end <= s.end);
      if (!sentence || !/^,\s+who\s/i.test(after)) continue;
      seen.add(m.end);
      const span = { start: sentence.start, end: sentence.end };
      const lead = LEADS.exec(after);
      if (lead) {
        const org = bodyAfter(ctx, m.end + lead[0].length) ?? committeeNamedBefore(ctx, m.end + lead[0].length, m.start);
        if (org && org.end <= sentence.end) leadRole(person, lead[1] ?? '', org, span);
        continue;
      }
      const becomes = BECOMES.exec(after);
      if (!becomes) continue;
      const at = tokenIndexAt(ctx, m.end + becomes[0].length);
      const first = titlePhraseAt(ctx, at);
      if (!first || (ctx.tokens[first.to - 1]?.end ?? Infinity) > sentence.end) continue;
      applyTitle(ctx, person.id, { ...first, phrase: null });
      // "... Deputy Director of the Press Department and Deputy Spokesperson of the ministry": a second title joined by "and".
      const and = ctx.tokens[first.to];
      if (and?.lower === 'and' && and.sentence === ctx.tokens[at]?.sentence) {
        const second = titlePhraseAt(ctx, first.to + 1);
        if (second) applyTitle(ctx, person.id, { ...second, phrase: null });
      }
    }
  },
};
