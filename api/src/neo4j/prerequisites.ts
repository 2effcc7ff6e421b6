import { spawnSync } from 'node:child_process';
import { Neo4jSetupError } from './errors';

/** Checks that `java` is on the PATH and at least version 17; throws Neo4jSetupError with the fix otherwise. */
export function checkJava(): number {
  const out = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (out.error) {
    throw new Neo4jSetupError('neo4j: Java was not found; install Java 17 or newer (e.g. apt-get install -y openjdk-17-jre-headless) or set NEO4J_URI to use your own Neo4j');
  }
  const major = parseJavaMajor(`${out.stderr}${out.stdout}`);
  if (major === null || major < 17) {
    throw new Neo4jSetupError(`neo4j: Java 17 or newer is required, found ${major ?? 'an unknown version'}; install Java 17+ or set NEO4J_URI to use your own Neo4j`);
  }
  return major;
}

/** Reads the major version from `java -version` output ("1.8.0_392" → 8, "17.0.15" → 17), or null. */
export function parseJavaMajor(text: string): number | null {
  const m = /version "(\d+)(?:\.(\d+))?/.exec(text);
  if (!m) return null;
  const first = Number(m[1]);
  return first === 1 && m[2] ? Number(m[2]) : first;
}

/** Checks that Maven (`mvn`) can be run; throws Neo4jSetupError with the fix otherwise. */
export function checkMaven(): void {
  const out = spawnSync('mvn', ['-v'], { encoding: 'utf8' });
  if (out.error || out.status !== 0) {
    throw new Neo4jSetupError('neo4j: Maven (mvn) was not found; install Maven 3 (e.g. apt-get install -y maven) so the embedded Neo4j can be provisioned, or set NEO4J_URI to use your own Neo4j');
  }
}
