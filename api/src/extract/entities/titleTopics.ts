import { isTitleHead } from '../gazetteer/titles';
import type { EntityContext } from './context';

// Offices with a remit named after "for"/"on": "special envoy for Yemen", "High Commissioner for Refugees", "Special Rapporteur on torture".
const REMIT_HEADS = new Set(['envoy', 'envoys', 'rapporteur', 'commissioner', 'representative', 'coordinator', 'adviser', 'advisor', 'under-secretary-general']);
// The longest lowercase remit read ("on the situation of human rights in Myanmar").
const MAX_LOWER_TOPIC = 9;

/** Whether a title head names an office with a remit, so that "for X" after it is the remit rather than the owner. */
export function hasRemit(head: string): boolean {
  return REMIT_HEADS.has(head);
}

/**
 * The token after the remit that starts at token `from` (just after "for"/"on"): capitalised words ("for Yemen", "on Torture and
 * Other Cruel Treatment" joined by "and"/"of"), or, when the apposition closes with a comma or the sentence ends right after it,
 * lowercase words too ("on human rights in Myanmar,") when `lowercase` (an office with a remit). Returns `from` when there is no remit.
 */
export function topicEnd(ctx: EntityContext, from: number, lowercase: boolean): number {
  const { tokens, body } = ctx;
  const first = tokens[from];
  if (!first || ctx.claimed[from] === 'person') return from;
  const joined = (a: number): boolean => {
    const x = tokens[a];
    const y = tokens[a + 1];
    return !!x && !!y && x.sentence === y.sentence && /^\s+$/.test(body.slice(x.end, y.start)) && ctx.claimed[a + 1] !== 'person';
  };
  if (first.cap) {
    let e = from;
    while (joined(e) && (tokens[e + 1]?.cap || (/^(and|of|the)$/.test(tokens[e + 1]?.lower ?? '') && tokens[e + 2]?.cap && joined(e + 1)))) e++;
    return e + 1;
  }
  if (!lowercase) return from;
  let e = from;
  while (e - from < MAX_LOWER_TOPIC && joined(e) && /^[\p{L}-]+$/u.test(tokens[e + 1]?.text ?? '') && !isTitleHead(tokens[e + 1]?.lower ?? '')) e++;
  const after = body.slice(tokens[e]?.end ?? 0, (tokens[e]?.end ?? 0) + 1);
  return /^[\p{L}-]+$/u.test(first.text) && /^[,.]$/.test(after) ? e + 1 : from;
}

/**
 * The "for"/"on" token of a capitalised remit that ends right before a name ("UN High Commissioner for Refugees Filippo Grandi",
 * "Special Envoy for Syria X"), or -1.
 */
export function remitBefore(ctx: EntityContext, nameStart: number): number {
  const { tokens, body } = ctx;
  const spaced = (a: number): boolean => {
    const x = tokens[a];
    const y = tokens[a + 1];
    return !!x && !!y && x.sentence === y.sentence && /^\s+$/.test(body.slice(x.end, y.start));
  };
  for (let k = nameStart - 1; k >= Math.max(1, nameStart - 6); k--) {
    const t = tokens[k];
    if (!t || !spaced(k) || ctx.claimed[k] === 'person') return -1;
    if (/^(for|on)$/.test(t.lower)) return k < nameStart - 1 && hasRemit(tokens[k - 1]?.lower ?? '') && spaced(k - 1) ? k : -1;
    if (!t.cap && !/^(and|of|the)$/.test(t.lower)) return -1;
  }
  return -1;
}
