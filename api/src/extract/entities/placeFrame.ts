import { COUNTRIES } from '../gazetteer/countries';
import type { EntityContext } from './context';

/**
 * The country a sentence opens with as its place frame: "In Beijing, ...", "In Washington, ...", "In Kenya, ..."
 * (a capital or a country name after a sentence-initial "In", closed by a comma); its ISO3 code, or null.
 */
export function placeFrameCountry(ctx: EntityContext, sentenceIndex: number): string | null {
  const first = ctx.tokens.findIndex((t) => t.sentence === sentenceIndex);
  const t = ctx.tokens[first];
  if (!t || t.text !== 'In') return null;
  const hit = COUNTRIES.phrases.match(ctx.tokens, first + 1);
  if (!hit || (hit.value.form !== 'capital' && hit.value.form !== 'name' && hit.value.form !== 'alias')) return null;
  const last = ctx.tokens[first + hit.length];
  return last && ctx.body[last.end] === ',' ? hit.value.iso3 : null;
}
