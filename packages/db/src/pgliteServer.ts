import { createServer, type Socket } from 'node:net';
import { PGLiteSocketHandler, type PGLiteSocketHandlerOptions } from '@electric-sql/pglite-socket';
import { migrate } from './migrate.js';
import { defaultDataDir, openPglite } from './openDatabase.js';
import { ConnectionQueue } from './pgliteQueue.js';

export interface PgliteServer {
  /** A Postgres URL for node-postgres clients: what the worker and the API get as DATABASE_URL. */
  url: string;
  stop(): Promise<void>;
}

/**
 * The embedded default for several processes. PGlite is Postgres inside one process, so the process that
 * starts everything opens the data folder, migrates it, and serves it on a local port over the Postgres wire
 * protocol; the worker and the API connect to it with node-postgres as they would to a real server. The server
 * runs one message at a time and, within a client's batch or transaction, only that client's messages.
 */
export async function servePglite(options: { port: number; dataDir?: string }): Promise<PgliteServer> {
  const database = await openPglite(options.dataDir ?? defaultDataDir);
  try {
    await migrate(database);
    const host = '127.0.0.1';
    // The library's handler speaks the wire protocol per connection; the queue deciding whose message runs next
    // is ours (see ConnectionQueue).
    const queryQueue = new ConnectionQueue(
      database.client,
    ) as unknown as PGLiteSocketHandlerOptions['queryQueue'];
    const sockets = new Set<Socket>();
    const server = createServer((socket) => {
      sockets.add(socket);
      socket.once('close', () => sockets.delete(socket));
      new PGLiteSocketHandler({ queryQueue, closeOnDetach: true })
        .attach(socket)
        .catch(() => socket.destroy());
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port, host, () => resolve());
    });
    return {
      url: `postgres://postgres@${host}:${options.port}/postgres`,
      stop: async () => {
        const closed = new Promise<void>((resolve) => server.close(() => resolve()));
        for (const socket of sockets) socket.destroy();
        await closed;
        await database.close();
      },
    };
  } catch (error) {
    await database.close();
    throw error;
  }
}
