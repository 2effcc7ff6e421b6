import { COUNTRIES } from '../../gazetteer/countries';
import { isKnownFirstName } from '../../gazetteer/nameLexicon';
import { addMention, countryRef } from '../context';
import type { EntityContext, EntityRule } from '../context';
import { registerOrganization } from '../registry';

// Words before a capital that make it the one addressed or a party, not a place.
const ADDRESSED_BEFORE = new Set(['towards', 'toward', 'against', 'with', 'between', 'urged', 'pressed', 'accused', 'warned', 'told', 'criticised', 'criticized', 'asked', 'blamed', 'condemned', 'called', 'by', 'and', 'nor', 'both', 'than']);
// Words before a capital that make it a plain location.
const PLACE_BEFORE = new Set(['in', 'at', 'near', 'outside', 'inside', 'around', 'via', 'into', 'to', 'from', 'visit', 'visited', 'visiting', 'of', 'arrived', 'across', 'through', 'left']);
const SOURCE_NOUNS = new Set(['assistance', 'help', 'aid', 'support', 'request', 'requests', 'pressure', 'response', 'threats', 'threat', 'demands', 'reaction', 'signal', 'signals', 'message', 'messages', 'delegation', 'envoy', 'officials', 'diplomats', 'backing', 'warning', 'warnings', 'criticism', 'protest', 'invitation', 'proposal', 'offer']);
const ADDRESSEE_NOUNS = new Set(['ambassador', 'ambassadors', 'envoy', 'envoys', 'message', 'letter', 'note', 'appeal', 'warning', 'offer', 'proposal', 'concessions', 'overture', 'overtures', 'ultimatum', 'demands', 'response']);
const AUX_AFTER = new Set(['has', 'had', 'have', 'is', 'was', 'were', 'are', 'will', 'would', 'could', 'should', 'may', 'might', 'must', 'can', 'cannot', 'says', 'said', 'wants', 'does', 'did', 'also', 'again', 'still', 'now', 'then', 'already', 'never', 'insists', 'insisted']);

function looksLikeVerb(word: string | undefined): boolean {
  if (!word || !/^\p{Ll}/u.test(word)) return false;
  return AUX_AFTER.has(word) || /(ed|es|s)$/.test(word) && !/(ss|us|is)$/.test(word);
}

/** Whether the capital over tokens [i, to) acts as its government: dateline, possessive, subject of a verb, or addressed. */
export function isCapitalActing(ctx: EntityContext, i: number, to: number): boolean {
  const { tokens, body } = ctx;
  const first = tokens[i];
  const last = tokens[to - 1];
  if (!first || !last) return false;
  // Dateline: "WASHINGTON:" or "Bogota -" opening the body.
  if (i === 0 && /^\s*(\([^)]*\)\s*)?[:,\-–—]/.test(body.slice(last.end, last.end + 12))) return true;
  if (last.possessive) return true;
  const prev = tokens[i - 1];
  const sameSentencePrev = prev && prev.sentence === first.sentence ? prev : undefined;
  const gapBefore = prev ? body.slice(prev.end, first.start) : '';
  const prevWord = sameSentencePrev && /^\s*$/.test(gapBefore) ? sameSentencePrev.lower : undefined;
  // "assistance from Moscow", "pressure from Beijing": the capital is the one giving.
  const prev2 = tokens[i - 2];
  if (prevWord === 'from' && prev2 && prev2.sentence === first.sentence && SOURCE_NOUNS.has(prev2.lower)) return true;
  // "ambassador to Washington", "a message to Beijing": the capital is the one addressed.
  if (prevWord === 'to' && prev2 && prev2.sentence === first.sentence && ADDRESSEE_NOUNS.has(prev2.lower)) return true;
  if (prevWord && PLACE_BEFORE.has(prevWord)) return false;
  if (prevWord && ADDRESSED_BEFORE.has(prevWord)) return true;
  const next = tokens[to];
  const gapAfter = next ? body.slice(last.end, next.start) : '';
  if (next && next.sentence === last.sentence && /^\s+$/.test(gapAfter)) {
    if (looksLikeVerb(next.text)) return true;
    // "Moscow firmly rejected", "Caracas and Moscow".
    const after = tokens[to + 1];
    if (/ly$/.test(next.text) && looksLikeVerb(after?.text)) return true;
    if (next.lower === 'and' && after) {
      const other = COUNTRIES.phrases.match(tokens, to + 1);
      if (other && other.value.form !== 'blocked') return true;
    }
  }
  return false;
}

/** A capital or seat of government counts as its country only when it acts ("Moscow warned", "Washington's policy", "towards Caracas", "WASHINGTON:"), never as a plain location ("in Moscow"). */
export const capitalAsGovernment: EntityRule = {
  name: 'capitalAsGovernment',
  apply(ctx) {
    const { tokens } = ctx;
    for (let i = 0; i < tokens.length; i++) {
      if (ctx.claimed[i]) continue;
      const hit = COUNTRIES.phrases.match(tokens, i);
      if (!hit || hit.value.form !== 'capital') continue;
      const to = i + hit.length;
      // "Ana Lima", "Paris Jackson": a capital right after a given name is a surname.
      if (tokens[i - 1]?.cap && isKnownFirstName(tokens[i - 1]?.text ?? '') && /^\s+$/.test(ctx.body.slice(tokens[i - 1]?.end ?? 0, tokens[i]?.start ?? 0))) continue;
      const acting = isCapitalActing(ctx, i, to);
      // Brussels acting stands for the European Union, not Belgium.
      if (acting && /^brussels$/i.test(tokens[i]?.text ?? '')) addMention(ctx, i, to, registerOrganization(ctx, 'eu', 'European Union', 'international', null, tokens[i]?.text), 'capital', 'org');
      else if (acting) addMention(ctx, i, to, countryRef(ctx, hit.value.iso3), 'capital', 'country');
      else for (let k = i; k < to; k++) ctx.claimed[k] = 'blocked';
      i = to - 1;
    }
  },
};
