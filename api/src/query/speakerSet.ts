import { labelOfId } from '../store/labels';

/**
 * Cypher binding `sp` to every speaker that counts as `$speaker`: the entity itself, and for a country with officials
 * included, the people holding a role for it or for one of its bodies, and those bodies. Must follow a clause that
 * passes `$speaker` through (or start the query).
 */
export function speakerSetCypher(speakerId: string, includeOfficials: boolean): string {
  const label = labelOfId(speakerId) ?? 'Person';
  if (label !== 'Country' || !includeOfficials) return `MATCH (sp:${label} {id: $speaker})`;
  return `MATCH (c:Country {id: $speaker})
CALL (c) {
  RETURN c AS sp
  UNION
  MATCH (c)<-[:HOLDS_ROLE]-(sp:Person) RETURN sp
  UNION
  MATCH (c)<-[:PART_OF]-(sp:Organization) RETURN sp
  UNION
  MATCH (c)<-[:PART_OF]-(:Organization)<-[:HOLDS_ROLE]-(sp:Person) RETURN sp
}`;
}
