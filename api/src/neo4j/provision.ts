import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Neo4jSetupError } from './errors';
import { runProcess } from './runProcess';
import { NEO4J_VERSION } from './layout';
import { checkJava, checkMaven } from './prerequisites';

const MARKER = '.provisioned';

/** Reports what `provisionNeo4j` did. */
export interface ProvisionResult {
  lib: string;
  downloaded: boolean;
  jarCount: number;
  elapsedMs: number;
}

/**
 * Makes sure the Neo4j Community jars are in `lib`, resolving them from Maven Central with the project's pom on first use.
 * Later calls find the marker and return at once. Throws Neo4jSetupError when Java or Maven is missing or Maven cannot resolve.
 */
export async function provisionNeo4j(lib: string, pomFile: string, log: (line: string) => void = () => {}): Promise<ProvisionResult> {
  const started = Date.now();
  checkJava();
  const marker = path.join(lib, MARKER);
  if (existsSync(marker) && readFileSync(marker, 'utf8').trim() === NEO4J_VERSION) {
    return { lib, downloaded: false, jarCount: countJars(lib), elapsedMs: Date.now() - started };
  }
  checkMaven();
  log(`neo4j: provisioning Neo4j Community ${NEO4J_VERSION} into ${lib} with Maven (first run only, about 120 MB)…`);
  // A half-finished earlier download must not be mixed with a new one.
  rmSync(lib, { recursive: true, force: true });
  mkdirSync(lib, { recursive: true });
  const args = ['-q', '-B', '-f', pomFile, 'dependency:copy-dependencies', '-DincludeScope=runtime', `-DoutputDirectory=${lib}`];
  const { code, output } = await runProcess('mvn', args);
  if (code !== 0) {
    const reason = output.split('\n').find((l) => l.includes('ERROR')) ?? output.trim().split('\n').pop() ?? 'unknown error';
    throw new Neo4jSetupError(`neo4j: Maven could not resolve Neo4j ${NEO4J_VERSION} (${reason.trim().slice(0, 300)}); check access to Maven Central or your ~/.m2/settings.xml mirror`);
  }
  const jarCount = countJars(lib);
  if (!existsSync(path.join(lib, `neo4j-${NEO4J_VERSION}.jar`))) {
    throw new Neo4jSetupError(`neo4j: Maven finished but neo4j-${NEO4J_VERSION}.jar is missing from ${lib}; delete ${lib} and try again`);
  }
  writeFileSync(marker, `${NEO4J_VERSION}\n`);
  return { lib, downloaded: true, jarCount, elapsedMs: Date.now() - started };
}

function countJars(dir: string): number {
  return readdirSync(dir).filter((f) => f.endsWith('.jar')).length;
}
