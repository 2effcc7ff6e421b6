import type { EntityKind } from '../../api/generated';

/** One autocomplete suggestion. */
export interface SearchHit {
  id: string;
  kind: EntityKind;
  name: string;
  aliases: readonly string[];
  mentionCount: number;
}

/** The search box: what was typed, the request's phase and the highlighted suggestion. */
export type SearchState =
  | { phase: 'idle'; query: string }
  | { phase: 'loading'; query: string; hits: readonly SearchHit[]; active: number }
  | { phase: 'ready'; query: string; hits: readonly SearchHit[]; active: number }
  | { phase: 'error'; query: string; message: string };
