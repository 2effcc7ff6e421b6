import type { ArticleGuard } from './types';

/** Skips an article whose body is empty or whitespace only. */
export const emptyText: ArticleGuard = (article) => {
  if (article.body.trim()) return { issues: [], skip: false };
  const message = article.body.length
    ? `extract: the article body is whitespace only (${article.body.length} characters); nothing to extract`
    : 'extract: the article body is empty; nothing to extract';
  return { issues: [{ kind: 'empty-text', message, span: null }], skip: true };
};
