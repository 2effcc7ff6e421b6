import type { EntityRef, StatementFact } from '../types';
import { classifyStatement } from './classify';
import type { Draft } from './draft';
import type { MentionIndex } from './mentionIndex';
import { bothCountries } from './bothCountries';
import { speakerPhraseRanges } from './speakerPhrase';
import type { StatementDate } from './statementDates';
import type { Unit } from './units';

/** Turns a draft and its date into the public StatementFact: quote fragments, text, category, tone, about and a stable id. */
export function finalizeStatement(draft: Draft, articleId: string, body: string, units: Unit[], mentions: MentionIndex, date: StatementDate | null): StatementFact {
  const first = units[draft.firstUnit] as Unit;
  const last = units[draft.lastUnit] as Unit;
  const quotes = [...draft.quotes].sort((a, b) => a.start - b.start);
  const quote = quotes.length > 0 ? quotes.map((q) => body.slice(q.innerStart, q.innerEnd)).join(' [...] ') : null;
  const lineStart = body.lastIndexOf('\n', draft.hit.start) + 1;
  const { category, tone } = classifyStatement(draft.hit.verb, body.slice(Math.max(lineStart, draft.hit.start - 40), draft.hit.start));
  const lead = draft.leadUnit === null ? undefined : units[draft.leadUnit];
  const leadText = lead ? `${body.slice(lead.start, lead.end)} [...] ` : '';
  const points = [draft.hit.start, draft.hit.end, draft.speaker.start, draft.speaker.end, ...quotes.flatMap((q) => [q.start, q.end])];
  if (draft.content) points.push(draft.content.start, draft.content.end);
  if (lead) points.push(lead.start);
  const span = draft.continuation ? { start: first.start, end: last.end } : { start: Math.min(...points), end: Math.max(...points) };
  return {
    id: `stmt:${articleId}:${span.start}`,
    speaker: draft.speaker.ref,
    quote,
    text: leadText + body.slice(first.start, last.end),
    verb: draft.hit.text.replace(/\s+/g, ' '),
    category,
    tone,
    about: aboutEntities(draft, lead ? [lead, first] : [first], last.end, mentions, speakerPhraseRanges(draft, body)),
    saidAt: date?.value ?? null,
    datePrecision: date ? 'day' : null,
    dateSource: date?.source ?? null,
    span,
    ...(draft.speaker.co && draft.speaker.co.length > 0 ? { coSpeakers: draft.speaker.co } : {}),
  };
}

/** Entities mentioned in the statement's text (its lead sentence included) other than its speakers and the words describing them, once each, in text order. */
function aboutEntities(draft: Draft, starts: Unit[], to: number, mentions: MentionIndex, speakerPhrase: ReadonlyArray<{ start: number; end: number }>): EntityRef[] {
  const seen = new Set([draft.speaker.ref.id, ...(draft.speaker.co ?? []).map((c) => c.id)]);
  const about: EntityRef[] = [];
  const ranges = starts.map((u, i) => ({ start: u.start, end: i < starts.length - 1 ? u.end : to }));
  for (const m of ranges.flatMap((r) => mentions.within(r.start, r.end))) {
    if (draft.speaker.via === 'pronoun' && m.start >= draft.speaker.start && m.end <= draft.speaker.end) continue;
    if (speakerPhrase.some((r) => m.start >= r.start && m.end <= r.end)) continue;
    if (seen.has(m.ref.id)) continue;
    seen.add(m.ref.id);
    about.push(m.ref);
  }
  // "Both countries will …" names the story's pair of countries without naming them.
  const leadEnd = mentions.textBetween(0, to).indexOf('\n');
  for (const ref of bothCountries(ranges.map((r) => mentions.textBetween(r.start, r.end)).join(' '), mentions, leadEnd < 0 ? to : leadEnd)) {
    if (seen.has(ref.id)) continue;
    seen.add(ref.id);
    about.push(ref);
  }
  return about;
}
