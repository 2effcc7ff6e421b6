import type { ArticleGuard } from './types';

/** Flags a publication date after today: it is kept (relative dates resolve against it) but reported as doubtful. */
export const futureDate: ArticleGuard = (article, context) => {
  if (!article.publishedAt || article.publishedAt <= context.today) return { issues: [], skip: false };
  return {
    issues: [
      {
        kind: 'future-date',
        message: `extract: publication date ${article.publishedAt} is after today (${context.today}); kept, but relative dates resolved against it are doubtful`,
        span: null,
      },
    ],
    skip: false,
  };
};
