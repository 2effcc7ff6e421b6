import { TITLE_FAMILIES } from '../../gazetteer/titles';
import { addSpanMention, mentionAt, mentionsOn, tokenIndexAt } from '../context';
import type { EntityContext, EntityRule, PersonEntry } from '../context';
import type { EntityRef } from '../../types';
import { personRef } from '../personRegistry';

// "the head of Russian diplomacy", "the Swedish leader", "the bloc's top diplomat", "The U.S. president".
const TITLES = 'top diplomat|foreign policy chief|foreign minister|prime minister|premier|president|leader|chancellor|spokes(?:man|woman|person)|envoy|ambassador|secretary[- ]general|minister|diplomat';
const OWNER = "[\\p{Lu}][\\p{L}.]*(?: [\\p{Lu}][\\p{L}.]*)?(?:['’]s)?|bloc['’]s|alliance['’]s|country['’]s|kingdom['’]s";
const DESCRIPTION = new RegExp(
  `\\b[Tt]he (?:head|chief) of (?<dipOwner>[\\p{L}.]+(?:['’]s)?) diplomacy\\b` +
    `|\\b[Tt]he (?:(?<owner>${OWNER}) )?(?<title>${TITLES})\\b` +
    `|\\b(?<possOwner>[\\p{Lu}][\\p{L}.]*['’]s) (?<possTitle>${TITLES})\\b`,
  'gu',
);

function familyOf(title: string): RegExp | undefined {
  if (/top diplomat|foreign policy chief|diplomacy|^diplomat$/.test(title)) return TITLE_FAMILIES.diplomat;
  if (/leader/.test(title)) return TITLE_FAMILIES.leader;
  if (title === 'minister') return /\bminister\b/i;
  if (/secretary[- ]general/.test(title)) return /\bsecretary[- ]general\b/i;
  return TITLE_FAMILIES[title.replace(/spokes(man|woman|person)/, 'spokesperson').replace('premier', 'prime minister').replace('chancellor', 'leader')] ?? TITLE_FAMILIES.leader;
}

/** The person a description refers to: holding a role of the same family, for the given owner when stated, most recently mentioned first. */
function resolve(ctx: EntityContext, family: RegExp, owner: EntityRef | null, before: number): PersonEntry | null {
  let best: { person: PersonEntry; at: number } | null = null;
  for (const m of ctx.mentions) {
    if (m.ref.kind !== 'Person' || m.form === 'description') continue;
    const person = ctx.persons.get(m.ref.id);
    if (!person) continue;
    const fits = person.roles.some((r) => family.test(r.title) && (!owner || r.of?.id === owner.id || (r.of?.kind === 'Organization' && ctx.organizations.get(r.of.id)?.country === owner.id)));
    if (!fits) continue;
    const at = m.start < before ? m.start : -1 - m.start;
    if (!best || at > best.at) best = { person, at };
  }
  return best?.person ?? null;
}

/** Descriptive coreferent phrases ("the head of Russian diplomacy", "the top diplomat", "the Swedish leader") linked to the person whose stated role they match. */
export const personDescriptions: EntityRule = {
  name: 'personDescriptions',
  apply(ctx) {
    if (ctx.persons.size === 0) return;
    for (const m of ctx.body.matchAll(DESCRIPTION)) {
      const start = m.index;
      const end = start + m[0].length;
      // Skip a title directly followed by a name: that is a pre-name title, already handled.
      const next = tokenIndexAt(ctx, end);
      if (/^\s+\p{Lu}/u.test(ctx.body.slice(end, end + 2)) && mentionsOn(ctx, next).some((x) => x.ref.kind === 'Person' && x.start > end && x.start <= end + 2)) continue;
      if (mentionsOn(ctx, tokenIndexAt(ctx, start)).some((x) => x.ref.kind === 'Person' && x.start <= start && x.end >= end)) continue;
      const g = m.groups ?? {};
      const ownerText = g.dipOwner ?? g.owner ?? g.possOwner;
      let owner: EntityRef | null = null;
      if (ownerText) {
        const ownerStart = ctx.body.indexOf(ownerText, start);
        const tokenIndex = ctx.tokens.findIndex((t) => t.start === ownerStart);
        const mention = tokenIndex >= 0 ? mentionAt(ctx, tokenIndex) : undefined;
        if (mention && (mention.ref.kind === 'Country' || mention.ref.kind === 'Organization')) owner = mention.ref;
        else if (!/^(bloc|alliance|country|kingdom)/.test(ownerText)) continue;
      }
      const family = familyOf(g.dipOwner !== undefined ? 'diplomacy' : (g.title ?? g.possTitle ?? '').toLowerCase());
      if (!family) continue;
      const person = resolve(ctx, family, owner, start);
      if (!person) {
        // Only descriptions with an owner are worth flagging ("the Swedish leader"); bare "the minister" is routine.
        if (owner) ctx.issues.push({ kind: 'entities.unresolved-description', message: `extractEntities: no person with a matching role for "${m[0]}"; it stays unlinked.`, span: { start, end } });
        continue;
      }
      person.aliases.add(m[0]);
      addSpanMention(ctx, start, end, personRef(person), 'description');
    }
  },
};
