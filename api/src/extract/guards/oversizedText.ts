import type { ArticleGuard } from './types';

/** Longest body extraction reads, in characters (about 15,000 words, far above any news article). */
export const MAX_BODY_CHARS = 100_000;

/** Where to cut a long body: the last paragraph or sentence break before the limit, so no sentence is cut in half. */
function cutPoint(body: string, limit: number): number {
  const paragraph = body.lastIndexOf('\n', limit);
  if (paragraph > limit * 0.8) return paragraph;
  const sentence = body.slice(0, limit).search(/[.!?]["'\u201d\u2019]?\s[^.!?]*$/);
  if (sentence > limit * 0.8) return sentence + 1;
  return limit;
}

/** Caps a body longer than `MAX_BODY_CHARS`: only its first part is extracted, with an issue saying so. */
export const oversizedText: ArticleGuard = (article) => {
  if (article.body.length <= MAX_BODY_CHARS) return { issues: [], skip: false };
  const end = cutPoint(article.body, MAX_BODY_CHARS);
  return {
    issues: [
      {
        kind: 'text-truncated',
        message: `extract: the body has ${article.body.length.toLocaleString('en-US')} characters; only the first ${end.toLocaleString('en-US')} were extracted (limit ${MAX_BODY_CHARS.toLocaleString('en-US')})`,
        span: { start: end, end: article.body.length },
      },
    ],
    skip: false,
    body: article.body.slice(0, end),
  };
};
