import { extractEntities } from '../../api/src/extract/entities/index';
import type { EntitiesResult } from '../../api/src/extract/entities/types';
import { splitSentences } from '../../api/src/extract/sentences/index';

/** Runs the entity stage on a bare body, as the orchestrator would. */
export function extractEntitiesFromText(body: string, publishedAt: string | null = null): EntitiesResult {
  const article = { id: 'test', title: null, summary: null, url: null, publishedAt, source: null, body, origin: { file: null, line: null } };
  return extractEntities(article, splitSentences(body));
}

/** The mentions of one entity kind as "text=name" strings, in body order. */
export function mentionsOf(result: EntitiesResult, kind: string): string[] {
  return result.mentions.filter((m) => m.ref.kind === kind).map((m) => `${m.text}=${m.ref.name}`);
}
