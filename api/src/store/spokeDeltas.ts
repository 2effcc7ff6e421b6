import type { ArticleRow, StatementRow, AboutRow } from './buildRows';
import { pairKey, type SpokeDelta } from './queries/spokeAbout';
import { emptySpokeDays, spokeDaysOf, type DatedStatement } from './spokeDays';

/**
 * Groups a batch's statements by speaker → subject pair (speaker ≠ subject) and sums what they add to each pair's SPOKE_ABOUT:
 * statements, tone sum and count of non-null tones, earliest and latest date (`saidAt`, else the article's publication date),
 * and the day arrays of their `saidAt` (spokeDays.ts).
 */
export function spokeDeltasOf(articles: ArticleRow[], statements: StatementRow[], about: AboutRow[]): SpokeDelta[] {
  const publishedAt = new Map(articles.map((a) => [a.id, a.publishedAt]));
  const byId = new Map(statements.map((s) => [s.id, s]));
  const deltas = new Map<string, SpokeDelta>();
  const dated = new Map<string, DatedStatement[]>();
  for (const link of about) {
    const s = byId.get(link.statementId);
    if (!s || s.speakerId === link.id) continue;
    const pair = { speakerKind: s.speakerKind, speakerId: s.speakerId, subjectKind: link.kind, subjectId: link.id };
    const key = pairKey(pair);
    let delta = deltas.get(key);
    if (!delta) {
      delta = { ...pair, count: 0, toneSum: 0, toneCount: 0, first: null, last: null, days: emptySpokeDays() };
      deltas.set(key, delta);
      dated.set(key, []);
    }
    dated.get(key)!.push({ saidAt: s.saidAt ?? null, tone: (s.tone as number | null) ?? null, categoryCode: s.categoryCode ?? null });
    delta.count += 1;
    const tone = s.tone as number | null;
    if (tone !== null && tone !== undefined) {
      delta.toneSum += tone;
      delta.toneCount += 1;
    }
    const date = s.saidAt ?? publishedAt.get(s.articleId) ?? null;
    if (date !== null) {
      if (delta.first === null || date < delta.first) delta.first = date;
      if (delta.last === null || date > delta.last) delta.last = date;
    }
  }
  for (const [key, delta] of deltas) delta.days = spokeDaysOf(dated.get(key)!);
  return [...deltas.values()];
}
