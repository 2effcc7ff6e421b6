import type { Article, Issue } from '../../source/types';
import { binaryText } from './binaryText';
import { emptyText } from './emptyText';
import { futureDate } from './futureDate';
import { nonEnglish } from './nonEnglish';
import { oversizedText } from './oversizedText';
import type { ArticleGuard, GuardContext } from './types';

/** Bad-input checks in the order they run: a skip stops the later ones; the cap runs before language detection so it reads the kept text. */
export const GUARDS: readonly ArticleGuard[] = [emptyText, binaryText, oversizedText, nonEnglish, futureDate];

/** Runs the guards over an article: returns the article to extract (body possibly capped), the issues, and whether to skip extraction. */
export function guardArticle(article: Article, context: GuardContext = { today: new Date().toISOString().slice(0, 10) }): {
  article: Article;
  issues: Issue[];
  skip: boolean;
} {
  let current = article;
  const issues: Issue[] = [];
  for (const guard of GUARDS) {
    const verdict = guard(current, context);
    issues.push(...verdict.issues);
    if (verdict.body !== undefined) current = { ...current, body: verdict.body };
    if (verdict.skip) return { article: current, issues, skip: true };
  }
  return { article: current, issues, skip: false };
}
