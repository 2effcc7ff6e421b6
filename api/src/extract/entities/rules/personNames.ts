import { DATE_WORDS, isCommonWord, isKnownFirstName, isPlaceWord, KOREAN_SURNAMES } from '../../gazetteer/nameLexicon';
import { NON_ORG_WORDS, ORG_HEADS } from '../../gazetteer/organizations';
import { isPortfolioWord } from '../../gazetteer/portfolios';
import { HONORIFICS, isTitleHead, isTitleWord } from '../../gazetteer/titles';
import { addMention, addSpanMention } from '../context';
import type { EntityContext, EntityRule } from '../context';
import { addRole, personRef, registerPerson } from '../personRegistry';
import { isDatelineCredit } from '../datelineCredit';
import { ownerAfterName, portfolioHeadBefore, titleAfter, titleBefore, titleBeforeComma } from '../personRoles';
import type { TitleMatch } from '../personRoles';

/** Lowercase particles inside names ("bin", "da", "van"). */
export const NAME_PARTICLES = new Set(['bin', 'bint', 'ibn', 'al', 'el', 'da', 'de', 'do', 'dos', 'das', 'del', 'della', 'di', 'van', 'von', 'der', 'den', 'du', 'y', 'ben', 'le', 'la']);
const SUFFIXES = new Set(['Jr', 'Sr', 'II', 'III']);
// A regnal number after a given name ("Mohammed VI", "Charles III") is part of the name.
const REGNAL = /^(?:II|III|IV|VI{0,3}|IX|XI{0,3}|XI?V|XVI{0,3})$/;
// Document and operation words: a run holding one ("Annex C", "Operation Sea Guard", "Itaipu Binacional") is no person.
const DOCUMENT_WORDS = new Set(['Annex', 'Article', 'Chapter', 'Clause', 'Section', 'Appendix', 'Operation', 'Mission', 'Exercise', 'Binacional', 'Company', 'Corporation', 'Corp', 'Inc', 'Ltd']);

/** Words that, right after a name, show it is a person acting or speaking. */
export const PERSON_VERBS = new Set([
  'said', 'says', 'told', 'added', 'noted', 'stated', 'warned', 'denied', 'emphasized', 'emphasised', 'stressed', 'recalled', 'assured',
  'predicted', 'announced', 'explained', 'insisted', 'urged', 'called', 'accused', 'criticised', 'criticized', 'praised', 'welcomed',
  'wrote', 'tweeted', 'posted', 'declared', 'asked', 'replied', 'argued', 'claimed', 'confirmed', 'expressed', 'agreed', 'met', 'signed',
  'visited', 'thanked', 'hailed', 'vowed', 'promised', 'pledged', 'rejected', 'dismissed', 'added', 'spoke', 'tells', 'believes', 'hopes',
]);

// Month words that are also names ("Theresa May", "June Okafor").
const NAME_MONTHS = new Set(['may', 'june', 'april', 'august']);
const DATE_BEFORE = new Set(['in', 'on', 'since', 'until', 'by', 'last', 'next', 'early', 'late', 'mid', 'of', 'from', 'through', 'during', 'before', 'after', 'this', 'that', 'between', 'and', 'to', 'each', 'every']);

/** Whether month word k is a name: right after a name word ("Theresa May"), or opening a name before a capitalised word ("May Haddad said"), never before a number. */
function isMonthName(ctx: EntityContext, k: number): boolean {
  const t = ctx.tokens[k];
  if (!t || !NAME_MONTHS.has(t.lower)) return false;
  const prev = ctx.tokens[k - 1];
  const next = ctx.tokens[k + 1];
  const joined = (a: typeof t | undefined, b: typeof t | undefined) => !!a && !!b && a.sentence === b.sentence && /^\s+$/.test(ctx.body.slice(a.end, b.start));
  if (next && joined(t, next) && /^\d/.test(next.text)) return false;
  if (joined(prev, t) && prev?.cap && !ctx.claimed[k - 1] && !DATE_WORDS.has(prev.lower) && (isKnownFirstName(prev.text) || !isCommonWord(prev.text))) return true;
  return joined(t, next) && !!next?.cap && !DATE_WORDS.has(next.lower) && !ctx.claimed[k + 1] && !(prev && prev.sentence === t.sentence && DATE_BEFORE.has(prev.lower));
}

/** "Vice President JD Vance": two capital initials between a title word and a capitalised surname. */
function isInitialsAfterTitle(ctx: EntityContext, k: number): boolean {
  const t = ctx.tokens[k];
  const next = ctx.tokens[k + 1];
  return !!t && !!next && /^\p{Lu}{2}$/u.test(t.text) && isTitleWord(ctx.tokens[k - 1]?.lower ?? '') && /^\p{Lu}\p{Ll}/u.test(next.text) && /^\s+$/.test(ctx.body.slice(t.end, next.start));
}

/** Whether token k can be part of a person name. */
function isNameToken(ctx: EntityContext, k: number): boolean {
  const t = ctx.tokens[k];
  if (!t || ctx.claimed[k]) return false;
  // "al-Sisi", "el-Sheikh", "bin-Laden": a lowercase Arabic article joined to a capital.
  if (/^(al|el|ad|as|ash|abu|bin|ibn)-\p{Lu}/u.test(t.text)) return true;
  if (!t.cap || (DATE_WORDS.has(t.lower) && !isMonthName(ctx, k))) return false;
  // "Kong-based", "Saudi-led", "Iranian-backed": a hyphenated participle makes an adjective, never a name word.
  if (/-(?:based|led|backed|born|owned|run|funded|linked|allied|aligned|brokered|sponsored)$/.test(t.lower)) return false;
  // Acronyms and all-caps words are not names ("NATO", "WASHINGTON"); initials ("J", "J.D.") are.
  if (t.text.length > 1 && t.text === t.text.toUpperCase() && !SUFFIXES.has(t.text) && !(REGNAL.test(t.text) && ctx.tokens[k - 1]?.cap) && !/^(\p{Lu}\.)+$/u.test(t.text) && !isInitialsAfterTitle(ctx, k)) return false;
  return true;
}

/** The candidate run of name tokens starting at i, as an exclusive end. */
function nameRunEnd(ctx: EntityContext, i: number): number {
  const { tokens, body } = ctx;
  let j = i + 1;
  while (j < tokens.length) {
    const prev = tokens[j - 1];
    const t = tokens[j];
    if (!prev || !t || prev.possessive || t.sentence !== prev.sentence) break;
    const gap = body.slice(prev.end, t.start);
    if (!/^(\s+|\.\s+)$/.test(gap) || (gap.startsWith('.') && prev.text.length > 1)) break;
    if (isNameToken(ctx, j)) {
      j++;
      continue;
    }
    // One or two particles before the next name word ("da Silva", "von der Leyen", "bin Abdulrahman").
    const particles = NAME_PARTICLES.has(t.text) ? (NAME_PARTICLES.has(tokens[j + 1]?.text ?? '') ? 2 : 1) : 0;
    if (particles > 0 && isNameToken(ctx, j + particles)) j += particles + 1;
    else break;
  }
  return j;
}

/** Whether token k is a Korean-style hyphenated given name ("Heung-min", "Jae-myung"), so the word before it is a surname. */
function isHyphenatedGivenName(ctx: EntityContext, k: number): boolean {
  return /^\p{Lu}\p{Ll}{1,4}-\p{Ll}{1,5}$/u.test(ctx.tokens[k]?.text ?? '');
}

function isStrippable(ctx: EntityContext, k: number): boolean {
  const t = ctx.tokens[k];
  if (!t) return false;
  // "Son Heung-min": a surname that is also a common word.
  if (KOREAN_SURNAMES.has(t.text) && isHyphenatedGivenName(ctx, k + 1) && /^\s+$/.test(ctx.body.slice(t.end, ctx.tokens[k + 1]?.start ?? 0))) return false;
  return isTitleWord(t.lower) || HONORIFICS.has(t.lower.replace(/\.$/, '')) || NAME_PARTICLES.has(t.text) || (isCommonWord(t.text) && !isKnownFirstName(t.text) && !isMonthName(ctx, k));
}

/** Whether the sentence holding token k is a Title Case headline or crosshead, where capitals say nothing about names. */
function isHeadline(ctx: EntityContext, k: number): boolean {
  const s = ctx.sentences[ctx.tokens[k]?.sentence ?? -1];
  if (!s || /[.!?]["”’]?$/.test(s.text)) return false;
  const words = s.text.split(/\s+/).filter((w) => /^\p{L}/u.test(w));
  return words.length >= 3 && words.filter((w) => /^\p{Lu}/u.test(w)).length >= words.length * 0.75;
}

// Lowercase nouns after a capitalised run that make it the name of a thing ("the X Y pilgrimage", "X Y 10" a vessel's number).
const THING_AFTER = /^(?:pilgrimage|festival|route|corridor|project|programme|program|pipeline|dam|bridge|highway|railway|airport|port|reactor|plant|mine|field|islands?|archipelago|shoal|reef|province|district|valley|canal)$/;

/** Whether the token after a capitalised run ending at `to` shows it names a thing: a thing noun or a bare number. */
function namesAThing(ctx: EntityContext, to: number): boolean {
  const next = ctx.tokens[to];
  const last = ctx.tokens[to - 1];
  if (!next || !last || next.sentence !== last.sentence || !/^\s+$/.test(ctx.body.slice(last.end, next.start))) return false;
  return THING_AFTER.test(next.text) || /^\d+$/.test(next.text);
}

/** Whether the run [from, to), after a country's possessive, reads as a person: a speech or action verb or a coordinated "and <Country>'s" follows, or it is coordinated with a person after another country's possessive ("A's X and B's Y"). */
function isPersonAfterPossessive(ctx: EntityContext, from: number, to: number): boolean {
  const next = ctx.tokens[to];
  if (ctx.tokens[from - 2]?.lower === 'and' && ctx.claimed[from - 3] === 'person') return true;
  if (!next || next.sentence !== ctx.tokens[to - 1]?.sentence) return false;
  if (PERSON_VERBS.has(next.lower) || next.lower === 'who') return true;
  return next.lower === 'and' && ctx.claimed[to + 1] === 'country' && !!ctx.tokens[to + 1]?.possessive;
}

/** Records the role and descriptive phrase a title gives a person. */
export function applyTitle(ctx: EntityContext, personId: string, match: TitleMatch | null): void {
  const person = ctx.persons.get(personId);
  if (!person || !match) return;
  addRole(person, match.role);
  for (const role of match.also ?? []) addRole(person, role);
  if (match.alias) person.aliases.add(match.alias);
  if (match.phrase) {
    const text = ctx.body.slice(match.phrase.start, match.phrase.end);
    person.aliases.add(text);
    addSpanMention(ctx, match.phrase.start, match.phrase.end, personRef(person), 'description');
  }
}

/** Full person names (two or more name tokens) with titles before or after stripped and kept as roles ("Russian Foreign Minister Sergey Lavrov", "Maria Okafor, the spokeswoman for ..."). */
export const personNames: EntityRule = {
  name: 'personNames',
  apply(ctx) {
    const { tokens } = ctx;
    for (let i = 0; i < tokens.length; i++) {
      if (!isNameToken(ctx, i)) continue;
      const end = nameRunEnd(ctx, i);
      let from = i;
      let to = end;
      // A title inside the run ends what precedes it ("Sao Paulo Governor Ana Lima").
      for (let k = to - 2; k > from; k--) if (isTitleHead(tokens[k]?.lower ?? '')) {
        from = k;
        while (from > i && isTitleWord(tokens[from - 1]?.lower ?? '')) from--;
        break;
      }
      while (from < to && (isTitleWord(tokens[from]?.lower ?? '') || HONORIFICS.has(tokens[from]?.lower.replace(/\.$/, '') ?? ''))) from++;
      // "Minister of Industry, Trade and Tourism Rosa Paredes": portfolio words after a title's "of" end the title, not open the name.
      let p = from;
      while (p < to && isPortfolioWord(tokens[p]?.text ?? '')) p++;
      if (p > from && p < to && portfolioHeadBefore(ctx, p) >= 0) from = p;
      let pre = from < to ? titleBefore(ctx, from) : null;
      // "Former President Luis Vega of Peru": the owner may follow the name.
      const after = pre && !pre.role.of ? ownerAfterName(ctx, to) : null;
      if (pre && after) pre = { ...pre, role: { ...pre.role, of: after } };
      // An appositive title ("Jean Morel, France's ambassador, ...") shows the whole run is a name.
      const post = from < to ? titleAfter(ctx, to) : null;
      // Without a title, leading common words are sentence openers or descriptors ("Daily", "Senior"), not names.
      if (!pre && !post) {
        const first = from;
        while (from < to && isStrippable(ctx, from)) from++;
        // "High Commissioner for Refugees Filippo Grandi": the stripped words were an office's remit.
        if (from > first) pre = titleBefore(ctx, from);
      }
      // "Meanwhile May Haddad, an economist, ...": a sentence adverb still opens the run, not the name.
      else if (!pre) while (to - from > 2 && isStrippable(ctx, from) && !isTitleWord(tokens[from]?.lower ?? '')) from++;
      const firstKnown = isKnownFirstName(tokens[from]?.text ?? '');
      while (to > from && (isTitleWord(tokens[to - 1]?.lower ?? '') || (!pre && !firstKnown && isCommonWord(tokens[to - 1]?.text ?? '') && !SUFFIXES.has(tokens[to - 1]?.text ?? '') && !REGNAL.test(tokens[to - 1]?.text ?? '')))) to--;
      // "Al Thani", "El Sisi": a capitalised Arabic article is a particle too.
      const words = tokens.slice(from, to).filter((t, n) => !NAME_PARTICLES.has(t.text) && !(n > 0 && /^(Al|El)$/.test(t.text)) && (!SUFFIXES.has(t.text) || (n === 1 && REGNAL.test(t.text))));
      // Organisation and document words anywhere, or a place word at the end ("Thomas Shoal"), mean it is not a person.
      if (words.length < 2 || isDatelineCredit(ctx.body, tokens[from]?.start ?? 0, tokens[to - 1]?.end ?? 0) || tokens.slice(from, end).some((w) => ORG_HEADS.has(w.text) || NON_ORG_WORDS.has(w.text) || DOCUMENT_WORDS.has(w.text)) || /^(operation|mission|exercise|annex|firm|company|operator|ship|vessel|frigate|tanker|carrier|destroyer|submarine)$/.test(tokens[i - 1]?.lower ?? '') || isPlaceWord(tokens[to - 1]?.text ?? '') || namesAThing(ctx, to)) {
        i = end - 1;
        continue;
      }
      const strong = pre !== null || post !== null || (firstKnown && !isHeadline(ctx, from));
      const common = words.some((w, n) => isCommonWord(w.text) && !isKnownFirstName(w.text) && !NAME_MONTHS.has(w.lower) && !(n === 0 && KOREAN_SURNAMES.has(w.text) && /^\p{Lu}\p{Ll}{1,4}-\p{Ll}{1,5}$/u.test(words[1]?.text ?? '')));
      const before = tokens[from - 1];
      // After a place preposition a capitalised run is a place; after a country's possessive ("Chile's Ana Ruiz") it is a person unless it is a place word followed by a verb.
      const afterPlace = before && before.sentence === tokens[from]?.sentence && (/^(near|in|at|into|across|from|to)$/.test(before.lower) || (ctx.claimed[from - 1] === 'country' && before.possessive && !isPersonAfterPossessive(ctx, from, to)));
      if ((common || afterPlace || isHeadline(ctx, from)) && !strong) {
        i = end - 1;
        continue;
      }
      const name = ctx.body.slice(tokens[from]?.start ?? 0, tokens[to - 1]?.end ?? 0);
      const person = registerPerson(ctx, name, from);
      addMention(ctx, from, to, personRef(person), 'name', 'person');
      applyTitle(ctx, person.id, pre);
      applyTitle(ctx, person.id, post ?? titleAfter(ctx, to));
      applyTitle(ctx, person.id, titleBeforeComma(ctx, from));
      i = end - 1;
    }
  },
};
