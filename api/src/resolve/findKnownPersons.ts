import type { Executor } from '../db/executor';
import type { KnownPerson } from './types';

const KNOWN_BY_SURNAME = `
MATCH (p:Person) WHERE p.surname IN $surnames
RETURN p.id AS id, p.name AS name`;

/** Reads the stored persons whose folded surname is one of `surnames` (one indexed read); throws DatabaseUnavailableError / DatabaseError. */
export async function findKnownPersons(executor: Executor, surnames: string[]): Promise<KnownPerson[]> {
  if (surnames.length === 0) return [];
  return executor.read<{ id: string; name: string }>({ cypher: KNOWN_BY_SURNAME, params: { surnames: [...new Set(surnames)] } }, 'resolve-persons');
}
