/** One graph invariant: a read query that returns one row per violation (`id`, `problem`), capped by `$limit`. */
export interface Invariant {
  name: string;
  description: string;
  cypher: string;
}

/** One broken invariant at one node or relationship. */
export interface Violation {
  invariant: string;
  id: string | null;
  problem: string;
}
