import type { Invariant } from '../types';

/** No two nodes share an id, across labels too (the constraints only cover one label each). */
export const uniqueIds: Invariant = {
  name: 'uniqueIds',
  description: 'no two nodes share an id',
  cypher: `
MATCH (n) WHERE n.id IS NOT NULL AND NOT n:__Migration
WITH n.id AS id, count(*) AS c WHERE c > 1
RETURN id, 'is used by ' + toString(c) + ' nodes' AS problem LIMIT toInteger($limit)`,
};
