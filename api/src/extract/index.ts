import type { Article } from '../source/types';
import { extractEntities } from './entities/index';
import { guardArticle } from './guards/index';
import { splitSentences } from './sentences/index';
import { extractStatements } from './statements/index';
import type { ExtractionResult } from './types';

/**
 * Turns one article into entities and attributed statements with provenance. Never throws on text: empty, binary, non-English,
 * oversized or future-dated input becomes `issues` (see `guards/`), and source-stage issues carried on the article are kept.
 */
export function extractArticle(article: Article): ExtractionResult {
  const { id, title, summary, url, publishedAt, source } = article;
  const guarded = guardArticle(article);
  const head = { article: { id, title, summary, url, publishedAt, source } };
  const sourceIssues = article.issues ?? [];
  if (guarded.skip) {
    return { ...head, persons: [], countries: [], organizations: [], treaties: [], statements: [], issues: [...sourceIssues, ...guarded.issues] };
  }
  const sentences = splitSentences(guarded.article.body);
  const entities = extractEntities(guarded.article, sentences);
  const { statements, issues } = extractStatements(guarded.article, sentences, entities);
  return {
    ...head,
    persons: entities.persons,
    countries: entities.countries,
    organizations: entities.organizations,
    treaties: entities.treaties,
    statements,
    issues: [...sourceIssues, ...guarded.issues, ...entities.issues, ...issues],
  };
}
