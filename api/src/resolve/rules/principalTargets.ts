import type { KnownPerson } from '../types';

/** A target counts as one a person mainly serves when at least this share of the most attested target's articles give it. */
export const PRINCIPAL_SHARE = 1 / 3;

/**
 * The countries and organisations a known person mainly serves: the targets of their roles that the articles naming them attest at
 * least PRINCIPAL_SHARE as often as the most attested one. A role met once among dozens that say otherwise is more likely a misread
 * title ("Secretary of State" read as the United States' for another country's minister) or a passing post than who the person is.
 * Roles of unknown count weigh 1. Pure.
 */
export function principalTargets(candidate: KnownPerson): Set<string> {
  const weight = new Map<string, number>();
  for (const r of candidate.roles ?? []) weight.set(r.target, (weight.get(r.target) ?? 0) + (r.articles ?? 1));
  const top = Math.max(0, ...weight.values());
  return new Set([...weight].filter(([, n]) => n >= top * PRINCIPAL_SHARE).map(([t]) => t));
}
