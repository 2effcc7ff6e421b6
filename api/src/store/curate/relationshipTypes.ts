/** Every relationship type an entity node can have; curation queries interpolate types only from this list. */
export const ENTITY_RELATIONSHIP_TYPES = ['MENTIONS', 'SAID', 'ABOUT', 'HOLDS_ROLE', 'PARTY_TO', 'PART_OF'] as const;

/** One of ENTITY_RELATIONSHIP_TYPES. */
export type EntityRelationshipType = (typeof ENTITY_RELATIONSHIP_TYPES)[number];

/** Every label a node at the other end of an entity relationship can carry. */
export const NEIGHBOUR_LABELS = ['Article', 'Statement', 'Person', 'Country', 'Organization', 'Treaty'] as const;

/** Relationship types whose properties are evidence lists (articleIds, starts, ends, seen) that a merge concatenates. */
export const EVIDENCE_TYPES = ['HOLDS_ROLE', 'PARTY_TO', 'PART_OF'] as const;

/** Whether `value` is one of the fixed relationship types. */
export function isEntityRelationshipType(value: unknown): value is EntityRelationshipType {
  return typeof value === 'string' && (ENTITY_RELATIONSHIP_TYPES as readonly string[]).includes(value);
}

/** Whether `value` is one of the fixed neighbour labels. */
export function isNeighbourLabel(value: unknown): value is (typeof NEIGHBOUR_LABELS)[number] {
  return typeof value === 'string' && (NEIGHBOUR_LABELS as readonly string[]).includes(value);
}
