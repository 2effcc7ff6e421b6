import { DATE_WORDS } from '../gazetteer/nameLexicon';
import { isTitleWord } from '../gazetteer/titles';
import type { EntityContext } from './context';

/**
 * Whether token `k` may belong to an organisation name that starts at token `first`: capitalised, in the same sentence as the
 * token before it, not after a possessive inside the name, not a title or date word, and not claimed by another entity (a
 * country name inside a body's name is allowed). How the token must be spaced from the one before is the calling rule's own.
 */
export function isOrganizationNameToken(ctx: EntityContext, k: number, first: number): boolean {
  const t = ctx.tokens[k];
  const prev = ctx.tokens[k - 1];
  if (!t || !prev || !t.cap || t.sentence !== prev.sentence || (k > first && prev.possessive)) return false;
  if (isTitleWord(t.lower) || DATE_WORDS.has(t.lower)) return false;
  const claim = ctx.claimed[k];
  return !claim || claim === 'country' || claim === 'blocked';
}

/** The text between token `k` and the token before it. */
export function gapBefore(ctx: EntityContext, k: number): string {
  return ctx.body.slice(ctx.tokens[k - 1]?.end ?? 0, ctx.tokens[k]?.start ?? 0);
}
