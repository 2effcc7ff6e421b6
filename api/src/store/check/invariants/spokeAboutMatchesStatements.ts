import { SPOKE_AGGREGATE } from '../../queries/spokeAbout';
import type { Invariant } from '../types';

// Equal, or both null.
const differs = (stored: string, computed: string) => `coalesce(${stored} <> ${computed}, ${stored} IS NOT NULL OR ${computed} IS NOT NULL)`;

/** Every SPOKE_ABOUT joins two different entities and equals the aggregate of the statements the speaker SAID ABOUT the subject. */
export const spokeAboutMatchesStatements: Invariant = {
  name: 'spokeAboutMatchesStatements',
  description: 'every SPOKE_ABOUT equals the count, tone and dates recomputed from its statements (and has at least one)',
  cypher: `
MATCH (sp)-[r:SPOKE_ABOUT]->(sub)
CALL (sp, sub) {
  OPTIONAL MATCH (sp)-[:SAID]->(s:Statement)-[:ABOUT]->(sub) WHERE sp <> sub
  RETURN ${SPOKE_AGGREGATE}
}
WITH sp, sub, r, n, toneSum, toneCount, CASE WHEN toneCount > 0 THEN toneSum / toneCount END AS tone, first, last
WHERE n = 0 OR ${differs('r.count', 'n')} OR ${differs('r.toneSum', 'toneSum')} OR ${differs('r.toneCount', 'toneCount')}
   OR ${differs('r.tone', 'tone')} OR ${differs('r.firstSeen', 'first')} OR ${differs('r.lastSeen', 'last')}
RETURN sp.id + ' SPOKE_ABOUT ' + sub.id AS id,
       'stores count/toneSum/toneCount/tone/firstSeen/lastSeen ' +
       reduce(t = '', x IN [r.count, r.toneSum, r.toneCount, r.tone, r.firstSeen, r.lastSeen] | t + '/' + coalesce(toString(x), 'null')) +
       ', its statements give ' +
       reduce(t = '', x IN [n, toneSum, toneCount, tone, first, last] | t + '/' + coalesce(toString(x), 'null')) AS problem
LIMIT toInteger($limit)`,
};
