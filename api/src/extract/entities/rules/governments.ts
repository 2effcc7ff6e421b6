import { addMention, mentionsOn, tokenIndexAt } from '../context';
import type { EntityContext, EntityRule } from '../context';
import type { EntityMention } from '../types';
import { registerOrganization } from '../registry';

const HEADS = new Set(['government', 'administration', 'regime', 'cabinet']);
const LEGISLATURES = new Set(['Congress', 'Parliament', 'parliament', 'legislature', 'Senate']);

/** The country a person mention stands for through a stated role, if any. */
function countryOfPerson(ctx: EntityContext, mention: EntityMention | undefined): string | null {
  if (!mention || mention.ref.kind !== 'Person') return null;
  const person = ctx.persons.get(mention.ref.id);
  for (const role of person?.roles ?? []) {
    if (role.of?.kind === 'Country') return role.of.id;
    if (role.of?.kind === 'Organization') {
      const c = ctx.organizations.get(role.of.id)?.country;
      if (c) return c;
    }
  }
  return null;
}

/** The most recent mention of a kind ending before offset `before`, within `window` characters. */
function lastMentionBefore(ctx: EntityContext, before: number, window: number, accept: (m: EntityMention) => boolean): EntityMention | undefined {
  for (let k = tokenIndexAt(ctx, before) - 1; k >= 0 && (ctx.tokens[k]?.end ?? 0) > before - window; k--) {
    let best: EntityMention | undefined;
    for (const m of mentionsOn(ctx, k)) if (m.end <= before && accept(m) && (!best || m.end > best.end)) best = m;
    if (best) return best;
  }
  return undefined;
}

/** "the Government of Chad", "the Government of National Unity": the phrase names its owner itself, so no earlier country may claim it. */
function namesItsOwner(ctx: EntityContext, i: number): boolean {
  const of = ctx.tokens[i + 1];
  const next = ctx.tokens[i + 2];
  return of?.lower === 'of' && of.sentence === ctx.tokens[i]?.sentence && next !== undefined && /^\p{Lu}/u.test(next.text);
}

/** A bare legislature ("called on Congress", "forward to parliament") belongs to the country last named with a role or by name. */
function readLegislature(ctx: EntityContext, i: number): void {
  const t = ctx.tokens[i];
  const prev = ctx.tokens[i - 1];
  if (!t || !prev) return;
  // "European parliament" and "UK parliament" are read by other rules; a bare lowercase word needs a governing preposition or article.
  if (/^\p{Ll}/u.test(t.text) && !/^(to|by|before|the|in|through|and|now)$/.test(prev.lower)) return;
  if (ctx.tokens[i + 1] && /^\p{Lu}/u.test(ctx.tokens[i + 1]?.text ?? '') && /^\s+$/.test(ctx.body.slice(t.end, ctx.tokens[i + 1]?.start ?? 0)) && t.text !== 'parliament') return;
  const m = lastMentionBefore(ctx, t.start, 1500, (x) => x.ref.kind === 'Country' || (x.ref.kind === 'Person' && countryOfPerson(ctx, x) !== null));
  const country = m?.ref.kind === 'Country' ? m.ref.id : countryOfPerson(ctx, m);
  if (!country) return;
  const iso3 = country.slice('country:'.length);
  const name = /^\p{Lu}/u.test(t.text) ? t.text : `Parliament of ${ctx.countryNames.get(iso3) ?? iso3}`;
  const ref = registerOrganization(ctx, `${iso3}-parliament`, name, 'parliament', country, t.text);
  addMention(ctx, i, i + 1, ref, 'alias', 'org');
}

/** Governments named through their leader or by context: "the Maduro government", "his government", "the government" (the country last named with a role). */
export const governments: EntityRule = {
  name: 'governments',
  apply(ctx) {
    const { tokens } = ctx;
    for (let i = 1; i < tokens.length; i++) {
      const t = tokens[i];
      const prev = tokens[i - 1];
      if (!t || !prev || ctx.claimed[i] || prev.sentence !== t.sentence) continue;
      if (LEGISLATURES.has(t.text)) {
        readLegislature(ctx, i);
        continue;
      }
      if (!HEADS.has(t.lower)) continue;
      let country: string | null = null;
      let from = i - 1;
      if (ctx.claimed[i - 1] === 'person') {
        const m = mentionsOn(ctx, i - 1).find((x) => x.ref.kind === 'Person' && x.end === prev.end);
        country = countryOfPerson(ctx, m);
        if (m && tokens[i - 2]?.lower === 'the') from = i - 2;
        if (m) from = Math.min(from, ctx.tokens.findIndex((x) => x.start === m.start));
      } else if (/^(his|her)$/.test(prev.lower)) {
        country = countryOfPerson(ctx, lastMentionBefore(ctx, prev.start, 400, (m) => m.ref.kind === 'Person' && countryOfPerson(ctx, m) !== null));
      } else if (prev.lower === 'the' && t.lower === 'government' && !namesItsOwner(ctx, i)) {
        const m = lastMentionBefore(ctx, prev.start, 600, (x) => x.ref.kind === 'Country' || (x.ref.kind === 'Person' && countryOfPerson(ctx, x) !== null));
        country = m?.ref.kind === 'Country' ? m.ref.id : countryOfPerson(ctx, m);
      }
      if (!country) continue;
      const name = ctx.countryNames.get(country.slice('country:'.length)) ?? country;
      const surface = ctx.body.slice(tokens[from]?.start ?? 0, t.end);
      const ref = registerOrganization(ctx, `${country.slice('country:'.length)}-government`, `Government of ${name}`, 'government', country, surface);
      addMention(ctx, from, i + 1, ref, 'alias');
      ctx.claimed[i] = 'org';
    }
  },
};
