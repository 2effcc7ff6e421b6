import type { EntityKind } from '../../extract/types';
import { ENTITY_LABELS } from '../labels';

/**
 * A `CALL (row) { … }` block that binds `e` to the entity whose label is `row.<kindField>` and id is `row.<idField>`.
 * One UNION branch per label keeps every lookup on the `id` uniqueness index; labels come only from ENTITY_LABELS.
 */
export function matchEntityByKind(kindField: string, idField: string, labels: readonly EntityKind[] = ENTITY_LABELS): string {
  const branches = labels.map(
    (label) => `    WITH row WHERE row.${kindField} = '${label}' MATCH (e:${label} {id: row.${idField}}) RETURN e`,
  );
  return `CALL (row) {\n${branches.join('\n    UNION ALL\n')}\n  }`;
}
