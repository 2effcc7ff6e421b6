import type { EntityRow } from '../../../query/index';
import type { DatePrecision, DateSource, StatementResolvers } from '../../generated/resolvers';
import { loadArticle, loadEntity } from './loadRequired';

const PRECISIONS = new Set(['DAY', 'MONTH', 'YEAR']);
const SOURCES = new Set(['STATED', 'RELATIVE', 'PUBLICATION']);

/** Statement: speaker, subjects and article through the per-request loaders; stored lower-case codes as enums. */
export const Statement: StatementResolvers = {
  speaker: (row, _args, ctx) => loadEntity(ctx, row.speakerId),
  about: async (row, _args, ctx) => (await ctx.loaders.entity.loadMany(row.aboutIds)).filter((e): e is EntityRow => e !== null && !(e instanceof Error)),
  article: (row, _args, ctx) => loadArticle(ctx, row.articleId),
  text: (row) => row.text ?? '',
  category: (row) => (row.categoryCode ? { code: row.categoryCode, label: row.categoryLabel ?? row.categoryCode } : null),
  datePrecision: (row) => {
    const value = row.datePrecision?.toUpperCase();
    return value && PRECISIONS.has(value) ? (value as DatePrecision) : null;
  },
  dateSource: (row) => {
    const value = row.dateSource?.toUpperCase();
    return value && SOURCES.has(value) ? (value as DateSource) : null;
  },
  span: (row) => ({ start: row.start, end: row.end }),
};
