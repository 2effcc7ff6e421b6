export { NEO4J_VERSION, neo4jLayout } from './layout';
export type { Neo4jLayout } from './layout';
export { provisionNeo4j } from './provision';
export { startServer, stopServer, killServer, serverStatus, signalServerSync } from './server';
export type { ServerOptions, ServerState, StartResult } from './server';
export { readPassword, ensurePassword, newPassword } from './password';
export { superviseNeo4j } from './supervise';
export type { Supervisor, SupervisorOptions, SupervisorState } from './supervise';
export { Neo4jSetupError } from './errors';
