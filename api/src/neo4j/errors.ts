/** A local-Neo4j problem the user can fix; the message is one line and says how. */
export class Neo4jSetupError extends Error {
  override name = 'Neo4jSetupError';
}
