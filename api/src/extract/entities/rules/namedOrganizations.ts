import { NON_ORG_WORDS, ORG_HEADS } from '../../gazetteer/organizations';
import { isTitleHead, isTitleWord } from '../../gazetteer/titles';
import { DATE_WORDS, isCommonWord, isKnownOrganization } from '../../gazetteer/nameLexicon';
import { addMention, countryAt } from '../context';
import type { EntityContext, EntityRule } from '../context';
import type { EntityRef } from '../../types';
import { registerOrganization } from '../registry';
import { isOrganizationCue } from './organizationCues';

const CONNECTORS = new Set(['of', 'the', 'on', 'for', 'and', 'in', 'de', 'for']);
const WEAK_HEADS = new Set(['Rights', 'Watch', 'Solution', 'Solutions', 'Holdings', 'Industries', 'Technologies', 'Motors', 'Club']);
// Common phrases that end in a head word but name no body.
const GENERIC_NAMES = new Set(['Human Rights', 'Civil Rights', "Women's Rights", 'Press Freedom', 'Climate Change']);
// After the head only document words block a name ("Institute for the Study of War" stays, "Council Resolution" does not).
const DOCUMENT_WORDS = new Set(['Treaty', 'Agreement', 'Agreements', 'Accord', 'Accords', 'Declaration', 'Protocol', 'Convention', 'Pact', 'Charter', 'Memorandum', 'Resolution', 'Summit', 'Conference', 'Statement', 'Deal']);
const TAIL_CONNECTORS = new Set(['of', 'for', 'on', 'de']);

function canJoin(ctx: EntityContext, k: number): boolean {
  const t = ctx.tokens[k];
  if (!t || !t.cap) return false;
  const claim = ctx.claimed[k];
  // Blocked places join too: "Los Angeles FC", "Hong Kong Monetary Authority".
  return claim === null || claim === undefined || claim === 'country' || claim === 'blocked';
}

/** The capitalised run starting at `i` (same sentence, connectors allowed between capitals), as an exclusive end index. */
function runEnd(ctx: EntityContext, i: number): number {
  const { tokens, body } = ctx;
  let j = i + 1;
  for (;;) {
    const prev = tokens[j - 1];
    const t = tokens[j];
    // "European People's Party", "Workers' Party": a possessive joins only a head word, never after a title ("Prime Minister's Office").
    // "Victims' Families Association": a plural possessive joins capitals that reach a head word within two words.
    const pluralOwner = !!prev?.possessive && /s['’]\s$/.test(body.slice(prev.end - 1, prev.end + 2)) && [j, j + 1].some((n) => ORG_HEADS.has(tokens[n]?.text ?? '') && tokens.slice(j, n + 1).every((x) => x.cap));
    if (!t || !prev || t.sentence !== prev.sentence || (prev.possessive && !pluralOwner && !(ORG_HEADS.has(t.text) && !isTitleWord(prev.lower) && canJoin(ctx, j - 1)))) break;
    if (!(prev.possessive ? /^['’]s?\s+$/ : /^[\s&]+$/).test(body.slice(prev.end, t.start))) break;
    if (canJoin(ctx, j)) {
      j++;
      continue;
    }
    // "the Palestinian Authority and the Wagner Group": a complete name before "and" ends the run.
    if (CONNECTORS.has(t.text) && !(t.text === 'and' && (ORG_HEADS.has(prev.text) || isKnownOrganization(prev.text)))) {
      let k = j;
      while (tokens[k] && CONNECTORS.has(tokens[k]?.text ?? '')) k++;
      // "the Government of National Unity and the Libyan National Army": after a complete name, "and the" opens another body.
      const andThe = tokens[j]?.text === 'and' && tokens[j + 1]?.text === 'the' && tokens.slice(i, j).some((x) => ORG_HEADS.has(x.text) || x.text === 'Government');
      // "the Senate Foreign Relations Committee on Tuesday": a day or month after the connector is when, not part of the name.
      if (k - j <= 2 && canJoin(ctx, k) && !DATE_WORDS.has(tokens[k]?.lower ?? '') && !andThe) {
        j = k + 1;
        continue;
      }
    }
    break;
  }
  return j;
}

/** Capitalised multiword names headed by an organisation word ("Rapid Support Forces", "Grand National Assembly of Turkey"), with "(ACRONYM)" aliases reused later. */
export const namedOrganizations: EntityRule = {
  name: 'namedOrganizations',
  apply(ctx) {
    const { tokens, body } = ctx;
    const acronyms = new Map<string, EntityRef>();
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      if (!t || !canJoin(ctx, i) || t.possessive) continue;
      // "Marcos Pereira da Souza and Central Bank Governor ...": a surname after a lowercase name particle does not open a body name.
      if (/^(da|de|do|dos|das|del|di|van|von|der|den|du|bin|ibn|al|el|la|le)$/.test(tokens[i - 1]?.text ?? '') && tokens[i - 2]?.cap && tokens[i + 1]?.text === 'and') continue;
      const end = runEnd(ctx, i);
      let from = i;
      // Drop sentence-initial function words and leading titles ("President of the European Commission").
      let titled = from;
      while (titled < end && isTitleWord(tokens[titled]?.lower ?? '') && !ORG_HEADS.has(tokens[titled]?.text ?? '')) titled++;
      if (titled > from && CONNECTORS.has(tokens[titled]?.lower ?? '')) from = titled;
      while (from < end && (CONNECTORS.has(tokens[from]?.lower ?? '') || (from === i && tokens[from]?.indexInSentence === 0 && isOrganizationCue(tokens[from]?.lower ?? '')) || (tokens[from]?.indexInSentence === 0 && tokens[from]?.text !== tokens[from]?.text.toUpperCase() && isCommonWord(tokens[from]?.text ?? '') && !isKnownOrganization(tokens[from]?.text ?? '') && !ORG_HEADS.has(tokens[from]?.text ?? '')))) from++;
      // "African Union Commission" opening a sentence: dropping "African" would leave only head words.
      if (from === i + 1 && ORG_HEADS.has(tokens[from]?.text ?? '') && ORG_HEADS.has(tokens[from + 1]?.text ?? '') && from + 1 < end && !CONNECTORS.has(tokens[i]?.lower ?? '') && !isTitleWord(tokens[i]?.lower ?? '')) from = i;
      let head = -1;
      for (let k = from; k < end; k++) if (ORG_HEADS.has(tokens[k]?.text ?? '') && ctx.claimed[k] !== 'blocked') head = k;
      // "Government of National Unity": a government named by what it is, not by a country (those are the governments rule's).
      if (head < 0 && tokens[from]?.text === 'Government' && tokens[from + 1]?.text === 'of' && end - from >= 3 && !tokens.slice(from, end).some((_, n) => ctx.claimed[from + n] === 'country')) head = from;
      if (head < 0) {
        i = end - 1;
        continue;
      }
      let to = end;
      // Only "of/for/on/de" tails belong to a name ("Council of Chile"); "in Ohio" is a place.
      if (!TAIL_CONNECTORS.has(tokens[head + 1]?.text ?? '')) to = head + 1;
      while (to > from && CONNECTORS.has(tokens[to - 1]?.text ?? '')) to--;
      const words = tokens.slice(from, to);
      // Weak heads ("Rights", "Watch") name a body only when they end the capitalised run: not "Human Rights Monitoring Mission".
      const weakOpenEnded = WEAK_HEADS.has(tokens[head]?.text ?? '') && head + 1 < end && !CONNECTORS.has(tokens[head + 1]?.text ?? '');
      if (weakOpenEnded || GENERIC_NAMES.has(body.slice(tokens[from]?.start ?? 0, tokens[to - 1]?.end ?? 0)) || to - from < 2 || tokens.slice(from, end + 1).some((w, k) => NON_ORG_WORDS.has(w.text) && from + k !== head - 1 && (from + k < head || DOCUMENT_WORDS.has(w.text))) || words.every((w) => isTitleHead(w.lower) || ORG_HEADS.has(w.text))) {
        i = end - 1;
        continue;
      }
      const surface = body.slice(tokens[from]?.start ?? 0, tokens[to - 1]?.end ?? 0);
      let country: string | null = null;
      for (let k = from; k < to && !country; k++) if (ctx.claimed[k] === 'country') country = countryAt(ctx, k)?.ref.id ?? null;
      const owner = ctx.claimed[from - 1] === 'country' && tokens[from - 1]?.possessive ? countryAt(ctx, from - 1) : undefined;
      if (!country && owner) country = owner.ref.id;
      const acronym = /^\s*\(([A-Z][A-Za-z]{1,7})\)/.exec(body.slice(tokens[to - 1]?.end ?? 0))?.[1];
      const ref = registerOrganization(ctx, acronym ?? surface, surface, 'other', country, surface);
      // "Venezuela's Presidential Press" is kept as a surface form too.
      if (owner) ctx.organizations.get(ref.id)?.aliases.add(body.slice(owner.start, tokens[to - 1]?.end ?? 0));
      addMention(ctx, from, to, ref, 'name', 'org');
      if (acronym) {
        acronyms.set(acronym, ref);
        ctx.organizations.get(ref.id)?.aliases.add(acronym);
      }
      i = to - 1;
    }
    if (acronyms.size === 0) return;
    for (let i = 0; i < tokens.length; i++) {
      const ref = acronyms.get(tokens[i]?.text ?? '');
      if (ref && !ctx.claimed[i]) addMention(ctx, i, i + 1, ref, 'acronym', 'org');
    }
  },
};
