import { contentTokens, normalizeName, sameSet } from './normalizeName';

/** Anything with a name and aliases: a gold or predicted person, organisation or treaty. */
export interface Named {
  name: string;
  aliases: readonly string[];
}

function forms(names: readonly string[]): Set<string> {
  return new Set(names.map(normalizeName).filter(Boolean));
}

/**
 * How strongly a predicted entity matches a gold one by name (0 = not at all): 4 same normalised name, 3 a name equals an alias of
 * the other, 2 an alias is shared, 1 the names have the same content-token set. These are the README's suggested rules.
 */
export function nameMatchStrength(pred: Named, gold: Named): number {
  const predName = normalizeName(pred.name);
  const goldName = normalizeName(gold.name);
  if (predName && predName === goldName) return 4;
  const goldAliases = forms(gold.aliases);
  const predAliases = forms(pred.aliases);
  if ((predName && goldAliases.has(predName)) || (goldName && predAliases.has(goldName))) return 3;
  for (const alias of predAliases) if (goldAliases.has(alias)) return 2;
  if (sameSet(contentTokens(pred.name), contentTokens(gold.name))) return 1;
  return 0;
}
