import { SPOKE_DAY_FIELDS, SPOKE_DAYS } from '../../queries/spokeAbout';
import type { Invariant } from '../types';

const FIELD_NAMES = `[${SPOKE_DAY_FIELDS.map((f) => `'${f}'`).join(', ')}]`;

/**
 * Every SPOKE_ABOUT's day arrays (days, per-day counts, tone sums and counts, lowest and highest tones, per-day category counts)
 * equal those recomputed from the statements the speaker SAID ABOUT the subject. A pair without statements is left to
 * spokeAboutMatchesStatements, which reports it.
 */
export const spokeAboutDaysMatchStatements: Invariant = {
  name: 'spokeAboutDaysMatchStatements',
  description: 'every SPOKE_ABOUT\'s per-day arrays (the relation timeline) equal those recomputed from its statements',
  cypher: `
MATCH (sp)-[r:SPOKE_ABOUT]->(sub)
CALL (sp, sub) {
  MATCH (sp)-[:SAID]->(s:Statement)-[:ABOUT]->(sub) WHERE sp <> sub
  RETURN collect(s) AS ss
}
WITH sp, sub, r, ss WHERE size(ss) > 0
${SPOKE_DAYS('ss')}
WITH sp, sub, [${SPOKE_DAY_FIELDS.join(', ')}] AS computed, [${SPOKE_DAY_FIELDS.map((f) => `r.${f}`).join(', ')}] AS stored
WITH sp, sub, [i IN range(0, size(computed) - 1) WHERE stored[i] IS NULL OR stored[i] <> computed[i] | ${FIELD_NAMES}[i]] AS wrong, computed
WHERE size(wrong) > 0
RETURN sp.id + ' SPOKE_ABOUT ' + sub.id AS id,
       'day arrays differ from its statements in ' + reduce(t = '', f IN wrong | t + CASE t WHEN '' THEN '' ELSE ', ' END + f) +
       ' (its statements give ' + toString(size(computed[0])) + ' days)' AS problem
LIMIT toInteger($limit)`,
};
