import { createServer, type Socket } from 'node:net';

export interface SilentServer {
  /** A Postgres URL pointing at it. */
  databaseUrl: string;
  close(): Promise<void>;
}

/**
 * A database that hangs: a loopback TCP server that takes every connection and never says a word, as a Postgres
 * server does whose machine froze or whose network swallows packets.
 */
export async function silentServer(): Promise<SilentServer> {
  const sockets = new Set<Socket>();
  const server = createServer((socket) => {
    sockets.add(socket);
    socket.on('error', () => {});
    socket.once('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    databaseUrl: `postgres://postgres@127.0.0.1:${port}/leercyclus`,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
