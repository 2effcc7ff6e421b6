import { cameoRoot, type SpeechVerb } from './speechVerbs';

// A negated speech verb ("did not deny", "never threatened") reports no rejection or threat, only a statement.
const NEGATION = /\b(?:not|never|n['\u2019]t|no longer)\s+(?:\w+\s+)?$/i;

/** CAMEO root category and Goldstein tone of a statement from its verb and the words just before it; a negated verb falls back to 01 "Make public statement". */
export function classifyStatement(verb: SpeechVerb, textBeforeVerb: string): { category: { code: string; label: string }; tone: number } {
  const code = NEGATION.test(textBeforeVerb.slice(-40)) ? '01' : verb.code;
  const root = cameoRoot(code);
  return { category: { code, label: root.label }, tone: root.goldstein };
}
