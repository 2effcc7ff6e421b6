import path from 'node:path';

/** The Neo4j release the project provisions; keep in step with scripts/neo4j/pom.xml. */
export const NEO4J_VERSION = '5.26.31';

/** Where one local Neo4j instance keeps its pieces. The jars may be shared by several instances (the test harness does this). */
export interface Neo4jLayout {
  home: string;
  lib: string;
  conf: string;
  data: string;
  logs: string;
  run: string;
  /** The generated password, mode 0600. */
  passwordFile: string;
  /** Pid of the running server, written by `startServer`. */
  pidFile: string;
  /** Standard output and error of the server process. */
  consoleLog: string;
}

/** Lays out an instance under `home`, using jars from `lib` (default `<home>/lib`). */
export function neo4jLayout(home: string, lib = path.join(home, 'lib')): Neo4jLayout {
  return {
    home,
    lib,
    conf: path.join(home, 'conf'),
    data: path.join(home, 'data'),
    logs: path.join(home, 'logs'),
    run: path.join(home, 'run'),
    passwordFile: path.join(home, 'password'),
    pidFile: path.join(home, 'run', 'diplograph-neo4j.pid'),
    consoleLog: path.join(home, 'logs', 'console.log'),
  };
}
