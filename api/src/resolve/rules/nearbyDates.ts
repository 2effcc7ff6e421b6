import type { SurnameEvidence } from '../types';

const DAY_MS = 86_400_000;
/** How far outside the candidate's known years in office an article may fall and still count as "nearby". */
export const NEARBY_DAYS = 365;

/** The article appeared while the candidate was in office, give or take a year (dates of the candidate's roles); a tie-breaker, never decisive alone. */
export const nearbyDates: SurnameEvidence = {
  name: 'nearbyDates',
  score(mention, candidate) {
    if (!mention.publishedAt || !candidate.firstSeen || !candidate.lastSeen) return 0;
    const at = Date.parse(mention.publishedAt);
    const from = Date.parse(candidate.firstSeen) - NEARBY_DAYS * DAY_MS;
    const to = Date.parse(candidate.lastSeen) + NEARBY_DAYS * DAY_MS;
    return Number.isNaN(at) || at < from || at > to ? 0 : 1;
  },
};
