import type { Article } from '../../source/types';
import type { EntitiesResult, Sentence } from '../entities/types';
import type { Issue, StatementFact } from '../types';
import type { Draft } from './draft';
import { draftUnit } from './draftStatements';
import { datelineDate } from '../dates/index';
import { finalizeStatement } from './finalize';
import { MentionIndex } from './mentionIndex';
import { findQuotes } from './quotes';
import { continueLastStatement, joinOpenQuotation } from './rules/continuation';
import { continueReportedStatement } from './rules/reportedContinuation';
import { mergeLeadParaphrases } from './rules/leadParaphrase';
import { SpeakerMemory } from './speaker/index';
import { datesPerUnit, statementDate } from './statementDates';
import { buildUnits } from './units';

/** Finds the quoted and reported statements of one article and attributes each to a speaker among the entities. Never throws on text. */
export function extractStatements(
  article: Article,
  sentences: Sentence[],
  entities: EntitiesResult,
): { statements: StatementFact[]; issues: Issue[] } {
  const body = article.body;
  if (!body.trim()) return { statements: [], issues: [] };
  const { quotes, issues } = findQuotes(body);
  const units = buildUnits(body, sentences.length > 0 ? sentences : [{ start: 0, end: body.length, text: body }], quotes);
  const mentions = new MentionIndex(entities.mentions, body);
  const memory = new SpeakerMemory(mentions, sentences, entities.persons, body);
  let drafts: Draft[] = [];
  for (let i = 0; i < units.length; i++) {
    const found = joinOpenQuotation(draftUnit(body, units, i, mentions, memory, issues), units, i, drafts);
    if (found.length > 0) {
      drafts.push(...found);
      continue;
    }
    const continued = continueLastStatement(units, i, drafts) ?? continueReportedStatement(units, i, drafts);
    if (continued) drafts.push(continued);
  }
  drafts = mergeLeadParaphrases(drafts, units, body);
  // With no stated publication date, a dateline's full date ("Astana, 18 September 2025 —") dates the article; the dateline itself dates no remark.
  const dateline = article.publishedAt ? null : datelineDate(body);
  const publishedAt = article.publishedAt ?? dateline?.value ?? null;
  const unitDates = datesPerUnit(units, publishedAt).map((dates) => dates.filter((d) => !dateline || d.at >= dateline.end));
  const statements: StatementFact[] = [];
  for (const draft of drafts) {
    const previous = statements[statements.length - 1];
    // A continuation, or the same speaker's next sentence, was said on the same occasion.
    const inherited = previous && previous.speaker.id === draft.speaker.ref.id && (draft.continuation || previous.span.end >= (units[draft.firstUnit]?.start ?? 0) - 2) ? previous : null;
    const inheritedDate = inherited?.saidAt && inherited.dateSource ? { value: inherited.saidAt, source: inherited.dateSource } : null;
    statements.push(finalizeStatement(draft, article.id, body, units, mentions, statementDate(draft, units, unitDates, inheritedDate, publishedAt)));
  }
  return { statements, issues: capIssues(issues) };
}

// One bad article (a stray mark repeated thousands of times) must not flood the output.
const MAX_ISSUES_PER_KIND = 20;

/** Keeps the first issues of each kind and notes how many more were dropped. */
function capIssues(issues: Issue[]): Issue[] {
  const counts = new Map<string, number>();
  const kept: Issue[] = [];
  for (const issue of issues) {
    const n = (counts.get(issue.kind) ?? 0) + 1;
    counts.set(issue.kind, n);
    if (n <= MAX_ISSUES_PER_KIND) kept.push(issue);
  }
  for (const [kind, n] of counts) {
    if (n > MAX_ISSUES_PER_KIND) kept.push({ kind, message: `statements: ${n - MAX_ISSUES_PER_KIND} more "${kind}" issues were left out`, span: null });
  }
  return kept;
}
