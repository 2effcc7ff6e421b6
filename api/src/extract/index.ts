import type { Article } from '../source/types';
import { extractEntities } from './entities/index';
import { extractStatements } from './statements/index';
import type { ExtractionResult } from './types';

/** Turns one article into entities and attributed statements with provenance. Never throws on text; problems become `issues`. */
export function extractArticle(article: Article): ExtractionResult {
  const sentences = [{ start: 0, end: article.body.length, text: article.body }];
  const entities = extractEntities(article, sentences);
  const { statements, issues } = extractStatements(article, sentences, entities);
  const { id, title, summary, url, publishedAt, source } = article;
  return {
    article: { id, title, summary, url, publishedAt, source },
    persons: entities.persons,
    countries: entities.countries,
    organizations: entities.organizations,
    treaties: entities.treaties,
    statements,
    issues: [...entities.issues, ...issues],
  };
}
