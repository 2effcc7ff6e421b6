import type { Executor } from '../../../db/executor';
import { NotFoundError } from '../../../errors/index';
import { findEntitiesByIds, type EntityRow } from '../../../query/index';

/** Reads one entity after a curation write, for the mutation's answer; throws NotFoundError when it is gone. */
export async function loadEntity(executor: Executor, id: string): Promise<EntityRow> {
  const entity = (await findEntitiesByIds(executor, [id])).get(id);
  if (!entity) throw new NotFoundError(`entities: no entity with id ${id}`);
  return entity;
}
