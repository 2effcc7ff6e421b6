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

/** The treaty status the given sentences state: the first sentence that states one wins, most specific status first; null when none is stated. */
export function detectTreatyStatus(sentences: string[]): TreatyStatus {
  for (const sentence of sentences) for (const [re, status] of RULES) if (re.test(sentence)) return status;
  return null;
}
