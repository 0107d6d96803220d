import { databaseSettings, defaultPorts, portFromEnv } from '@leercyclus/config';
import { migrateAsOwner, openDatabase, servePglite } from '@leercyclus/db';

export interface PreparedRecord {
  /** What the worker and the API get as DATABASE_URL. */
  databaseUrl: string;
  description: string;
  stop(): Promise<void>;
}

export interface RecordOptions {
  /** A Postgres server; default env DATABASE_URL. Without one, PGlite. */
  databaseUrl?: string;
  /** The port PGlite is served on; default env PGLITE_PORT, else the embedded default's. */
  port?: number;
  /** PGlite's data folder; default `.data/pglite`. */
  dataDir?: string;
}

/**
 * Migrates the record before any process uses it. With DATABASE_URL that is the Postgres server; otherwise
 * PGlite, which only one process may open: this process serves it on a local port for the others.
 */
export async function prepareRecord(options: RecordOptions = {}): Promise<PreparedRecord> {
  // A server of the caller's own is migrated as it is given; the environment's as its owner.
  const urls = options.databaseUrl
    ? { url: options.databaseUrl, migrationUrl: options.databaseUrl }
    : databaseSettings();
  const databaseUrl = urls.url;
  if (databaseUrl) {
    const database = await openDatabase({ databaseUrl });
    try {
      await migrateAsOwner(database, urls);
      return { databaseUrl, description: database.location, stop: async () => {} };
    } finally {
      await database.close();
    }
  }
  const server = await servePglite({
    port: options.port ?? portFromEnv('PGLITE_PORT', defaultPorts.pglite),
    ...(options.dataDir !== undefined ? { dataDir: options.dataDir } : {}),
  });
  return {
    databaseUrl: server.url,
    description: `PGlite in ${options.dataDir ?? '.data/pglite'}, served on ${server.url}`,
    stop: () => server.stop(),
  };
}
