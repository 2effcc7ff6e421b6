import type { ArticleGuard } from './types';

/** Share of control or replacement characters above which a body is taken for binary data rather than text. */
export const MAX_GARBAGE_RATIO = 0.05;
const SAMPLE_CHARS = 65_536;
// C0 controls other than tab and line breaks, DEL, and U+FFFD (what invalid UTF-8 decodes to).
const GARBAGE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffd]/g;

/** Skips an article whose body is mostly binary or garbage bytes (a high share of control or replacement characters). */
export const binaryText: ArticleGuard = (article) => {
  const sample = article.body.slice(0, SAMPLE_CHARS);
  if (!sample.length) return { issues: [], skip: false };
  const garbage = sample.match(GARBAGE)?.length ?? 0;
  const ratio = garbage / sample.length;
  if (ratio <= MAX_GARBAGE_RATIO) return { issues: [], skip: false };
  const percent = Math.round(ratio * 100);
  return {
    issues: [{ kind: 'binary-text', message: `extract: the body looks like binary data (${percent}% control or invalid characters); skipped`, span: null }],
    skip: true,
  };
};
