import type { TreatyStatus } from '../types';

const RULES: Array<[RegExp, TreatyStatus]> = [
  [/\b(not yet (entered|come|gone) into force|stage of ratification|pending ratification|awaits? ratification|awaiting ratification|to be ratified|(must|needs to|has to|will) (be )?ratif|for ratification|ratification process)/i, 'ratification pending'],
  [/\bsuspend(ed|s|ing)?\b/i, 'suspended'],
  [/\b(withdr[ae]w(n|ing|s)?|pull(ed|ing|s)? out|exit(ed|ing)? from|quit)\b/i, 'withdrawn'],
  [/\b(entered into force|in force|took effect|came into effect)\b/i, 'in force'],
  [/\b(signed|signing|inked)\b/i, 'signed'],
  [/\b(agreed|reached|struck|endorsed|adopted|concluded|clinched)\b/i, 'agreed'],
  [/\b(negotiat\w*|talks on|working (on|towards)|possible|proposed|draft)\b/i, 'under negotiation'],
];

// Statuses that override whatever an earlier sentence said ("signed ... It has not yet entered into force").
const DECISIVE = 4;

/** The treaty status the sentences state: a decisive status (pending, suspended, withdrawn, in force) from any sentence, else the first sentence that states one; null when none is stated. */
export function detectTreatyStatus(sentences: string[]): TreatyStatus {
  for (const [re, status] of RULES.slice(0, DECISIVE)) if (sentences.some((s) => re.test(s))) return status;
  for (const sentence of sentences) for (const [re, status] of RULES.slice(DECISIVE)) if (re.test(sentence)) return status;
  return null;
}
