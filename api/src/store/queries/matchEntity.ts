import type { EntityKind } from '../../extract/types';
import { ENTITY_LABELS } from '../labels';

/**
 * A `CALL (row) { … }` block that binds `variable` (default `e`) to the entity whose label is `row.<kindField>` and id is
 * `row.<idField>`. One UNION branch per label keeps every lookup on the `id` uniqueness index; labels come only from ENTITY_LABELS.
 */
export function matchEntityByKind(kindField: string, idField: string, labels: readonly EntityKind[] = ENTITY_LABELS, variable = 'e'): string {
  const branches = labels.map(
    (label) => `    WITH row WHERE row.${kindField} = '${label}' MATCH (${variable}:${label} {id: row.${idField}}) RETURN ${variable}`,
  );
  return `CALL (row) {\n${branches.join('\n    UNION ALL\n')}\n  }`;
}
