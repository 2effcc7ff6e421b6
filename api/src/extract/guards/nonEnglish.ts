import { francAll } from 'franc';
import type { ArticleGuard } from './types';

const SAMPLE_CHARS = 2_000;
// Below this many letters franc's guess is noise, so short texts are never flagged.
const MIN_LETTERS = 60;
// franc scores are relative to the best language (1.0); English text keeps English near the top even when the best guess is a neighbour such as Scots.
const MIN_ENGLISH_SCORE = 0.9;

/**
 * Skips an article that franc identifies as not English: the extraction rules and gazetteers are English-only, so running them on
 * another language would produce confident nonsense. The issue names the detected ISO 639-3 language.
 */
export const nonEnglish: ArticleGuard = (article) => {
  const sample = article.body.slice(0, SAMPLE_CHARS);
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  if (letters < MIN_LETTERS) return { issues: [], skip: false };
  const scores = francAll(sample, { minLength: 10 });
  const best = scores[0]?.[0] ?? 'und';
  if (best === 'eng' || best === 'und') return { issues: [], skip: false };
  const english = scores.find(([lang]) => lang === 'eng')?.[1] ?? 0;
  if (english >= MIN_ENGLISH_SCORE) return { issues: [], skip: false };
  return {
    issues: [{ kind: 'non-english', message: `extract: the article looks like language "${best}", not English; extraction skipped`, span: null }],
    skip: true,
  };
};
