import table from './speechVerbs.json';

/** One textual form of a speech verb with its CAMEO root category and Goldstein tone. */
export interface SpeechVerb {
  form: string;
  lemma: string;
  code: string;
  label: string;
  goldstein: number;
  /** The verb also names non-speech acts, so it attributes only quoted words. */
  requiresQuote: boolean;
  /** The verb has other senses, so it attributes only quoted words or a following "that" clause. */
  requiresClause: boolean;
}

interface VerbRow {
  lemma: string;
  forms: string[];
  code: string;
  requiresQuote?: boolean;
  requiresClause?: boolean;
  modifiers?: boolean;
  baseForm?: boolean;
}

const roots = table.roots as Record<string, { label: string; goldstein: number }>;

/** CAMEO root label and Goldstein value of a root code; throws on a code missing from speechVerbs.json (a bug in the table). */
export function cameoRoot(code: string): { label: string; goldstein: number } {
  const root = roots[code];
  if (!root) throw new Error(`speechVerbs: unknown CAMEO root code "${code}"; add it to speechVerbs.json roots`);
  return root;
}

const MODIFIERS = new Set<string>(table.modifiers);
// Forms whose rows allow modifier words between the verb and its noun ("expressed their deep gratitude").
const withModifiers = new Set<string>();

const byForm = new Map<string, SpeechVerb>();
for (const row of table.verbs as VerbRow[]) {
  const root = cameoRoot(row.code);
  for (const form of row.forms) {
    // A bare single-word base form ("state", "note", "call") is too often a noun to count as a verb.
    // Rows marked `baseForm` keep it: "read" is also the past tense ("the statement read").
    if (form === row.lemma && !row.lemma.includes(' ') && !row.baseForm) continue;
    if (row.modifiers) withModifiers.add(form.toLowerCase());
    byForm.set(form.toLowerCase(), { form, lemma: row.lemma, code: row.code, label: root.label, goldstein: root.goldstein, requiresQuote: row.requiresQuote === true, requiresClause: row.requiresClause === true });
  }
}

const alternation = [...byForm.keys()].sort((a, b) => b.length - a.length).map((f) => f.replace(/ /g, '\\s+')).join('|');

/** A fresh global regex matching any speech-verb form as whole words (multiword phrases first). */
export function speechVerbPattern(): RegExp {
  return new RegExp(`\\b(?:${alternation})\\b`, 'gi');
}

// Phrases whose rows allow modifiers, as one verb group and one noun group, so the main alternation stays small and fast.
const modifierVerbs = new Set([...withModifiers].map((f) => f.split(' ')[0] ?? ''));
const modifierNouns = new Set([...withModifiers].map((f) => f.split(' ').slice(1).join(' ')));
const MODIFIER_PHRASE = `\\b(?:${[...modifierVerbs].join('|')})\\s+(?:(?:${[...MODIFIERS].join('|')})\\s+){1,3}(?:${[...modifierNouns].join('|').replace(/ /g, '\\s+')})\\b`;

/** A fresh global regex matching a modifier phrase with at least one modifier ("expressed their deep gratitude"); the bare phrases are in `speechVerbPattern`. */
export function modifierPhrasePattern(): RegExp {
  return new RegExp(MODIFIER_PHRASE, 'gi');
}

/** The table row for a matched verb text (case and inner spacing ignored), or null. */
export function lookupSpeechVerb(text: string): SpeechVerb | null {
  const words = text.toLowerCase().split(/\s+/);
  const direct = byForm.get(words.join(' '));
  if (direct) return direct;
  // "expressed their deep gratitude" is the row of "expressed gratitude".
  const bare = [words[0], ...words.slice(1).filter((w) => !MODIFIERS.has(w))].join(' ');
  return withModifiers.has(bare) ? (byForm.get(bare) ?? null) : null;
}
