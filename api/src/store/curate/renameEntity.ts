import { randomUUID } from 'node:crypto';
import type { Executor } from '../../db/executor';
import { BadUserInputError, NotFoundError } from '../../errors/index';
import { personNameTokens } from '../../extract/entities/ids';
import type { EntityKind } from '../../extract/types';
import { labelOfId } from '../labels';

const RENAME = (label: EntityKind) => `
MATCH (n:${label} {id: $id})
WITH n, n.name AS oldName
SET n.name = $name,
    n.aliases = coalesce(n.aliases, []) + [x IN [oldName, $name] WHERE NOT x IN coalesce(n.aliases, [])],
    n.curated = true
${label === 'Person' ? 'SET n.surname = $surname' : ''}
CREATE (:EntityAudit {id: $auditId, action: 'rename', label: $label, entityId: $id, oldName: oldName, newName: $name, by: $by, at: datetime()})
RETURN oldName`;

/**
 * Renames an entity by hand: the new name becomes canonical, the old one stays an alias, the node is marked curated (kept even
 * without articles, and ingests never overwrite its name) and an EntityAudit entry records it. Throws BadUserInputError / NotFoundError.
 */
export async function renameEntity(executor: Executor, id: string, name: string, by: string): Promise<{ oldName: string; auditId: string }> {
  const label = labelOfId(id);
  const clean = name.replace(/\s+/g, ' ').trim();
  if (!label) throw new BadUserInputError(`entities: ${id} is not an entity id (person:…, country:…, org:…, treaty:…)`);
  if (!clean) throw new BadUserInputError('entities: the new name must not be empty');
  const auditId = `audit:${randomUUID()}`;
  const rows = await executor.write<{ oldName: string }>(
    { cypher: RENAME(label), params: { id, name: clean, by, auditId, label, surname: personNameTokens(clean).at(-1) ?? null } },
    'entities-rename',
  );
  if (!rows[0]) throw new NotFoundError(`entities: no ${label} with id ${id}`);
  return { oldName: rows[0].oldName, auditId };
}
