/** How integration tests reach the harness's Neo4j; `local` is null when NEO4J_TEST_URI points elsewhere. */
export interface TestNeo4j {
  uri: string;
  user: string;
  password: string;
  database: string;
  local: { home: string; lib: string; boltPort: number } | null;
}

/** Heap, page cache and timeout of the throw-away test server: small, since test graphs are small. */
export const TEST_SERVER_OPTIONS = Object.freeze({ heap: '768m', pageCache: '128m', startTimeoutMs: 180_000 });
