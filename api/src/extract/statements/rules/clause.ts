import { MASK } from '../units';
import type { RuleContext } from './types';

const QUOTE_MARKS = /["\u201c\u201d\u00ab\u00bb\u2018\u2019']/;

/** Body offset where the clause holding `at` begins: after the last quotation, colon, semicolon or sentence end before it. */
export function clauseStartBefore(ctx: RuleContext, at: number): number {
  const { unit } = ctx;
  const frame = unit.frame;
  for (let i = at - unit.start - 1; i >= 0; i--) {
    const c = frame[i] ?? '';
    if (c === ';' || c === ':' || c === MASK || c === '\n') return unit.start + i + 1;
    if ((c === '.' || c === '!' || c === '?') && /\s/.test(frame[i + 1] ?? '') && /[A-Z"\u201c]/.test(frame[i + 2] ?? '')) return unit.start + i + 1;
    if (QUOTE_MARKS.test(c) && frame[i - 1] === MASK) return unit.start + i + 1;
  }
  return unit.start;
}

/** Body offset where the clause holding `at` ends: before the next sentence end, semicolon, colon or quotation. */
export function clauseEndAfter(ctx: RuleContext, at: number): number {
  const { unit } = ctx;
  const frame = unit.frame;
  for (let i = at - unit.start; i < frame.length; i++) {
    const c = frame[i] ?? '';
    if (c === ';' || c === ':' || c === '\n' || c === MASK) return unit.start + i;
    if (QUOTE_MARKS.test(c) && frame[i + 1] === MASK) return unit.start + i;
    if ((c === '.' || c === '!' || c === '?') && (i + 1 >= frame.length || /\s/.test(frame[i + 1] ?? ''))) return unit.start + i;
  }
  return unit.end;
}

/** Frame text between two body offsets. */
export function frameSlice(ctx: RuleContext, from: number, to: number): string {
  return ctx.unit.frame.slice(from - ctx.unit.start, to - ctx.unit.start);
}

/** True when a quotation closes right before body offset `at`, with only a comma and spaces between ("…," said). */
export function followsQuote(ctx: RuleContext, at: number): boolean {
  return /[\u00a4][,.!?]?["\u201d\u00bb\u2019'][\s,]*$|[\u00a4]["\u201d\u00bb\u2019'][\s,]*$/.test(frameSlice(ctx, ctx.unit.start, at));
}
