import type { EntityKind } from '../extract/types';

/** The entity labels the store writes; Cypher labels come only from this list (CONVENTIONS §5). */
export const ENTITY_LABELS: readonly EntityKind[] = ['Person', 'Country', 'Organization', 'Treaty'];

/** The id prefix each entity label must carry (`country:RUS`, `org:nato`, `person:sergey-lavrov`, `treaty:new-start`). */
export const ID_PREFIX: Readonly<Record<EntityKind, string>> = {
  Person: 'person:',
  Country: 'country:',
  Organization: 'org:',
  Treaty: 'treaty:',
};

/** Whether `value` is one of the entity labels. */
export function isEntityLabel(value: unknown): value is EntityKind {
  return typeof value === 'string' && (ENTITY_LABELS as readonly string[]).includes(value);
}

/** The entity label an id belongs to by its prefix, or null. */
export function labelOfId(id: string): EntityKind | null {
  for (const label of ENTITY_LABELS) if (id.startsWith(ID_PREFIX[label])) return label;
  return null;
}
