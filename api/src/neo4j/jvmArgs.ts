/**
 * JVM flags for the server: the defaults Neo4j 5.26's launcher passes (`server.jvm.additional` in the shipped neo4j.conf)
 * plus an explicit heap, since we start the entry point ourselves instead of through bin/neo4j.
 */
export function neo4jJvmArgs(heap: string): string[] {
  return [
    `-Xms${toBytes(heap) > toBytes('512m') ? '512m' : heap}`,
    `-Xmx${heap}`,
    '-XX:+UseG1GC',
    '-XX:-OmitStackTraceInFastThrow',
    '-XX:+AlwaysPreTouch',
    '-XX:+UnlockExperimentalVMOptions',
    '-XX:+TrustFinalNonStaticFields',
    '-XX:+DisableExplicitGC',
    '-Djdk.nio.maxCachedBufferSize=1024',
    '-Dio.netty.tryReflectionSetAccessible=true',
    '-Djdk.tls.ephemeralDHKeySize=2048',
    '-Djdk.tls.rejectClientInitiatedRenegotiation=true',
    '-XX:FlightRecorderOptions=stackdepth=256',
    '-XX:+UnlockDiagnosticVMOptions',
    '-XX:+DebugNonSafepoints',
    '--add-opens=java.base/java.nio=ALL-UNNAMED',
    '--add-opens=java.base/java.io=ALL-UNNAMED',
    '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
    '-Dlog4j2.disable.jmx=true',
    '-Dlog4j.layout.jsonTemplate.maxStringLength=32768',
    // Out of memory, the JVM exits instead of limping on, so that `serve`'s supervisor restarts a healthy server.
    '-XX:+ExitOnOutOfMemoryError',
    // Two cores: keep the JIT and GC from claiming more threads than the machine has.
    '-XX:ActiveProcessorCount=2',
  ];
}

function toBytes(size: string): number {
  const unit = size.slice(-1).toLowerCase();
  const factor = unit === 'g' ? 1024 ** 3 : unit === 'm' ? 1024 ** 2 : 1024;
  return Number(size.slice(0, -1)) * factor;
}
