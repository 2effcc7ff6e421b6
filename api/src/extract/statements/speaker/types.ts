import type { EntityRef } from '../../types';

/** A resolved speaker and the body range of the words that named it. */
export interface ResolvedSpeaker {
  ref: EntityRef;
  start: number;
  end: number;
  via: 'mention' | 'pronoun';
  /** Further parties of a joint subject ("X and Y said"). */
  co?: EntityRef[];
}
