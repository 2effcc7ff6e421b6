import { beforeEach, describe, expect, it } from 'vitest';
import { clearGraph, getTestExecutor } from '../../_utils/testDb';

describe('Bolt round trip through the executor', () => {
  beforeEach(() => clearGraph());

  it('writes a node in a write transaction and reads it back', async () => {
    const executor = getTestExecutor();
    await executor.write({ cypher: 'CREATE (:Country {id: $id, name: $name})', params: { id: 'country:NOR', name: 'Norway' } });
    const rows = await executor.read<{ id: string; name: string }>({ cypher: 'MATCH (c:Country) RETURN c.id AS id, c.name AS name' });
    expect(rows).toEqual([{ id: 'country:NOR', name: 'Norway' }]);
  });

  it('rolls back every write of a failed transaction', async () => {
    const executor = getTestExecutor();
    await expect(
      executor.writeTransaction(async (tx) => {
        await tx.run({ cypher: 'CREATE (:Country {id: $id})', params: { id: 'country:ISL' } });
        // Same id again: the uniqueness constraint from 001_constraints rejects it, so the whole transaction must go.
        await tx.run({ cypher: 'CREATE (:Country {id: $id})', params: { id: 'country:ISL' } });
      }),
    ).rejects.toThrow(/already exists/);
    const rows = await executor.read<{ n: number }>({ cypher: 'MATCH (c:Country) RETURN count(c) AS n' });
    expect(rows).toEqual([{ n: 0 }]);
  });

  it('reports the server as Neo4j Community 5.26', async () => {
    const info = await getTestExecutor().serverInfo();
    expect(info.edition).toBe('community');
    expect(info.version).toMatch(/^5\.26\.\d+$/);
  });
});
