import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { migrate } from './migrate.js';
import { defaultDataDir, openPglite } from './openDatabase.js';

export interface PgliteServer {
  /** A Postgres URL for node-postgres clients: what the worker and the API get as DATABASE_URL. */
  url: string;
  stop(): Promise<void>;
}

/**
 * The embedded default for several processes. PGlite is Postgres inside one process, so the process that
 * starts everything opens the data folder, migrates it, and serves it on a local port over the Postgres wire
 * protocol; the worker and the API connect to it with node-postgres as they would to a real server. The server
 * runs one query at a time and, while a client's transaction is open, only that client's queries.
 */
export async function servePglite(options: { port: number; dataDir?: string }): Promise<PgliteServer> {
  const database = await openPglite(options.dataDir ?? defaultDataDir);
  try {
    await migrate(database);
    const host = '127.0.0.1';
    const server = new PGLiteSocketServer({
      db: database.client,
      host,
      port: options.port,
      maxConnections: 100,
    });
    await server.start();
    return {
      url: `postgres://postgres@${host}:${options.port}/postgres`,
      stop: async () => {
        await server.stop();
        await database.close();
      },
    };
  } catch (error) {
    await database.close();
    throw error;
  }
}
