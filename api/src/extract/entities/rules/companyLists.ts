import { addMention } from '../context';
import { gapBefore, isOrganizationNameToken } from '../nameTokens';
import type { EntityContext, EntityRule } from '../context';
import type { EntityRef } from '../../types';
import { registerOrganization } from '../registry';

// Plural nouns for businesses that a list of names may follow: "two freight firms, A and B", "banks including C".
const COMPANY_PLURALS = new Set([
  'firms', 'companies', 'banks', 'lenders', 'carriers', 'insurers', 'traders', 'exporters', 'importers', 'refiners', 'refineries',
  'airlines', 'shippers', 'operators', 'subsidiaries', 'conglomerates', 'manufacturers', 'suppliers', 'producers', 'entities', 'businesses',
]);
// What may stand between the plural noun and the first name.
const LEAD_IN = /^(?:,\s+|\s+such\s+as\s+|\s+including\s+|\s+named\s+|:\s+|\s+)$/;

function canJoin(ctx: EntityContext, k: number, first: number): boolean {
  if (!isOrganizationNameToken(ctx, k, first)) return false;
  return k === first || /^\s+$/.test(gapBefore(ctx, k)) || gapBefore(ctx, k).trim() === '&';
}

/** The capitalised run of up to four words starting at `i`, as an exclusive end (i when none). */
function runAt(ctx: EntityContext, i: number): number {
  let to = i;
  while (to - i < 4 && canJoin(ctx, to, i)) to++;
  // A run of country names only ("firms in China and Iran") names no business.
  return ctx.tokens.slice(i, to).every((_, k) => ctx.claimed[i + k] === 'country') ? i : to;
}

function register(ctx: EntityContext, from: number, to: number, found: Array<{ words: string[]; ref: EntityRef }>): void {
  const surface = ctx.body.slice(ctx.tokens[from]?.start ?? 0, ctx.tokens[to - 1]?.end ?? 0);
  const ref = registerOrganization(ctx, surface, surface, 'other', null, surface);
  addMention(ctx, from, to, ref, 'name', 'org');
  found.push({ words: ctx.tokens.slice(from, to).map((x) => x.text), ref });
}

/** Businesses named by their context rather than an organisation word: a list after a plural business noun ("two freight firms, Altai Cargo and Nordwind Trading"; "banks such as X") and a name after "<Place>-based" ("Almaty-based Steppe Freight"); later repeats link to them. */
export const companyLists: EntityRule = {
  name: 'companyLists',
  apply(ctx) {
    const { tokens, body } = ctx;
    const found: Array<{ words: string[]; ref: EntityRef }> = [];
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      if (!t) continue;
      // "Almaty-based X": the hyphenated place adjective introduces a business name.
      if (/^\p{Lu}[\p{L}.]*-based$/u.test(t.text) && !ctx.claimed[i + 1]) {
        const to = runAt(ctx, i + 1);
        if (to - (i + 1) >= 2 && tokens[i + 1]?.sentence === t.sentence && /^\s+$/.test(body.slice(t.end, tokens[i + 1]?.start ?? 0))) register(ctx, i + 1, to, found);
        continue;
      }
      if (!COMPANY_PLURALS.has(t.lower) || (t.cap && t.indexInSentence > 0) || !tokens[i + 1]) continue;
      // "such as", "including", "named" after the noun, or a comma, colon or space.
      const words = tokens[i + 1]?.lower === 'such' && tokens[i + 2]?.lower === 'as' ? 2 : /^(including|named)$/.test(tokens[i + 1]?.lower ?? '') ? 1 : 0;
      let k = i + 1 + words;
      const lead = body.slice(t.end, tokens[k]?.start ?? 0);
      if (!LEAD_IN.test(lead)) continue;
      const items: Array<[number, number]> = [];
      for (;;) {
        const to = runAt(ctx, k);
        if (to === k || tokens[k]?.sentence !== t.sentence) break;
        items.push([k, to]);
        const sep = body.slice(tokens[to - 1]?.end ?? 0, tokens[to]?.start ?? 0);
        if (tokens[to]?.lower === 'and' && /^,?\s+$/.test(sep)) k = to + 1;
        else if (/^,\s+$/.test(sep) && tokens[to]?.cap) k = to;
        else break;
      }
      // One name is a list only after "such as", "including" or "named"; "three firms, Reuters reported" is no list.
      if (items.length >= 2 || (items.length === 1 && /[a-z]/.test(lead))) for (const [from, to] of items) register(ctx, from, to, found);
    }
    for (const { words, ref } of found) {
      for (let i = 0; i < tokens.length; i++) {
        if (ctx.claimed[i] || tokens[i]?.text !== words[0]) continue;
        if (words.every((w, n) => tokens[i + n]?.text === w && !ctx.claimed[i + n])) addMention(ctx, i, i + words.length, ref, 'name', 'org');
      }
    }
  },
};
