import type { Invariant } from '../types';

/** Every speaker that SAID a statement ABOUT another entity has a SPOKE_ABOUT to it. */
export const spokenPairsHaveSpokeAbout: Invariant = {
  name: 'spokenPairsHaveSpokeAbout',
  description: 'every speaker → subject pair with statements has its SPOKE_ABOUT',
  cypher: `
MATCH (sp)-[:SAID]->(:Statement)-[:ABOUT]->(sub) WHERE sp <> sub
WITH DISTINCT sp, sub WHERE NOT EXISTS { (sp)-[:SPOKE_ABOUT]->(sub) }
RETURN sp.id + ' SPOKE_ABOUT ' + sub.id AS id, 'has statements but no SPOKE_ABOUT' AS problem
LIMIT toInteger($limit)`,
};
