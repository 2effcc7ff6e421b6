import type { SurnameMention } from '../../api/src/resolve/types';

/** A surname-only mention of "Novak" with no context, overridable field by field. */
export function novakMention(over: Partial<SurnameMention> = {}): SurnameMention {
  return { id: 'person:novak', name: 'Novak', titleKeys: [], targets: [], mentioned: [], publishedAt: '2024-05-01', inArticle: [], ...over };
}
