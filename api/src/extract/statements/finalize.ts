import { findDates } from '../dates/index';
import type { EntityRef, StatementFact } from '../types';
import { classifyStatement } from './classify';
import type { Draft } from './draft';
import type { MentionIndex } from './mentionIndex';
import type { Unit } from './units';

/** Turns a draft into the public StatementFact: quote fragments, text, category, tone, date, about and a stable id. */
export function finalizeStatement(draft: Draft, articleId: string, body: string, units: Unit[], mentions: MentionIndex, publishedAt: string | null, inheritedDate: string | null): StatementFact {
  const first = units[draft.firstUnit] as Unit;
  const last = units[draft.lastUnit] as Unit;
  const quotes = [...draft.quotes].sort((a, b) => a.start - b.start);
  const quote = quotes.length > 0 ? quotes.map((q) => body.slice(q.innerStart, q.innerEnd)).join(' [...] ') : null;
  const lineStart = body.lastIndexOf('\n', draft.hit.start) + 1;
  const { category, tone } = classifyStatement(draft.hit.verb, body.slice(Math.max(lineStart, draft.hit.start - 40), draft.hit.start));
  const saidAt = statementDate(draft, units, publishedAt) ?? inheritedDate;
  const points = [draft.hit.start, draft.hit.end, draft.speaker.start, draft.speaker.end, ...quotes.flatMap((q) => [q.start, q.end])];
  if (draft.content) points.push(draft.content.start, draft.content.end);
  const span = draft.continuation ? { start: first.start, end: last.end } : { start: Math.min(...points), end: Math.max(...points) };
  return {
    id: `stmt:${articleId}:${span.start}`,
    speaker: draft.speaker.ref,
    quote,
    text: body.slice(first.start, last.end),
    verb: draft.hit.text.replace(/\s+/g, ' '),
    category,
    tone,
    about: aboutEntities(draft, first.start, last.end, mentions),
    saidAt,
    datePrecision: saidAt ? 'day' : null,
    span,
  };
}

/** The day the statement was made, from a date expression in its narration (never inside the quotation, never after publication). */
function statementDate(draft: Draft, units: Unit[], publishedAt: string | null): string | null {
  let best: { value: string; distance: number } | null = null;
  for (let u = draft.firstUnit; u <= draft.lastUnit; u++) {
    const unit = units[u] as Unit;
    for (const d of findDates(unit.frame, publishedAt)) {
      if (d.precision !== 'day' || (publishedAt && d.value > publishedAt)) continue;
      const distance = Math.abs(unit.start + d.start - draft.hit.start);
      if (!best || distance < best.distance) best = { value: d.value, distance };
    }
  }
  return best?.value ?? null;
}

/** Entities mentioned in the statement's text other than its speaker, once each, in text order. */
function aboutEntities(draft: Draft, from: number, to: number, mentions: MentionIndex): EntityRef[] {
  const seen = new Set([draft.speaker.ref.id]);
  const about: EntityRef[] = [];
  for (const m of mentions.within(from, to)) {
    if (m.start >= draft.speaker.start && m.end <= draft.speaker.end) continue;
    if (seen.has(m.ref.id)) continue;
    seen.add(m.ref.id);
    about.push(m.ref);
  }
  return about;
}
