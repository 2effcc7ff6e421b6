import net from 'node:net';

/** A TCP port on 127.0.0.1 that was free a moment ago, for a test's or a benchmark's throw-away Neo4j or server. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}
