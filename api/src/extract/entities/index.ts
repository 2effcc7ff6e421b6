import type { Article } from '../../source/types';
import { COUNTRIES } from '../gazetteer/countries';
import type { EntityContext } from './context';
import { buildResult } from './buildResult';
import { ENTITY_RULES } from './rules/index';
import { tokenize } from './tokens';
import type { EntitiesResult, EntityMention, Sentence } from './types';

/** Finds the persons, countries, organisations and treaties of one article, with every resolved mention. Never throws on text. */
export function extractEntities(article: Article, sentences: Sentence[]): EntitiesResult {
  const body = article.body;
  const sorted = sentences.length > 0 ? [...sentences].sort((a, b) => a.start - b.start) : [{ start: 0, end: body.length, text: body }];
  const tokens = tokenize(body, sorted.map((s) => s.start));
  const ctx: EntityContext = {
    article,
    body,
    sentences: sorted,
    tokens,
    claimed: new Array<EntityContext['claimed'][number]>(tokens.length).fill(null),
    persons: new Map(),
    organizations: new Map(),
    treaties: new Map(),
    countryNames: COUNTRIES.names,
    mentions: [],
    coverage: new Array<EntityMention[] | undefined>(tokens.length),
    issues: [],
  };
  for (const rule of ENTITY_RULES) rule.apply(ctx);
  return buildResult(ctx);
}
