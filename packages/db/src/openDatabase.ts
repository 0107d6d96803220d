import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzleNodePostgres, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import { drizzle as drizzlePglite, type PgliteDatabase } from 'drizzle-orm/pglite';
import pg from 'pg';
import { databaseTimeouts, type DatabaseTimeouts } from '@leercyclus/config';
import { lockDataDir } from './dataDirLock.js';
import type { Schema } from './database.js';
import * as schema from './schema/index.js';

/** The embedded default: a git-ignored folder of the project. */
export const defaultDataDir = fileURLToPath(new URL('../../../.data/pglite', import.meta.url));

interface Handle {
  /** Where the record lives, without credentials, for logs. */
  location: string;
  close(): Promise<void>;
}

export type Database =
  | (Handle & { driver: 'pglite'; db: PgliteDatabase<Schema>; client: PGlite })
  | (Handle & { driver: 'node-postgres'; db: NodePgDatabase<Schema>; pool: pg.Pool });

export interface OpenDatabaseOptions {
  /** A Postgres URL; defaults to env DATABASE_URL. Without one, PGlite. */
  databaseUrl?: string;
  /** PGlite's data folder, or `memory://` for a database that lives as long as the process. */
  dataDir?: string;
  /** Limits on a Postgres server's connections; by default from the environment (`databaseTimeouts`). */
  timeouts?: DatabaseTimeouts;
}

function withoutPassword(url: string): string {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = '***';
  return parsed.toString();
}

/** Opens the record: Postgres through node-postgres when a URL is given, else PGlite in the data folder. */
export async function openDatabase(options: OpenDatabaseOptions = {}): Promise<Database> {
  const databaseUrl = options.databaseUrl ?? (process.env.DATABASE_URL || undefined);
  if (databaseUrl) {
    const timeouts = options.timeouts ?? databaseTimeouts();
    const pool = new pg.Pool({
      connectionString: databaseUrl,
      max: 10,
      connectionTimeoutMillis: timeouts.connectMs,
      statement_timeout: timeouts.statementMs,
      // Postgres cancels a slow statement itself; a server that stops answering altogether (a network cut after
      // the connection opened) is given up on by the client, a little later.
      query_timeout: timeouts.statementMs + 5_000,
    });
    // An idle client that loses its server (a restart, a network blip) must not take the process down.
    pool.on('error', () => {});
    return {
      driver: 'node-postgres',
      db: drizzleNodePostgres({ client: pool, schema }),
      pool,
      location: withoutPassword(databaseUrl),
      close: () => pool.end(),
    };
  }
  return openPglite(options.dataDir ?? defaultDataDir);
}

/** PGlite in this process, whatever DATABASE_URL says: for the process that serves it to the others. */
export async function openPglite(dataDir: string): Promise<Extract<Database, { driver: 'pglite' }>> {
  const release = dataDir.startsWith('memory://') ? () => {} : lockDataDir(dataDir);
  try {
    const client = await PGlite.create({ dataDir });
    return {
      driver: 'pglite',
      db: drizzlePglite({ client, schema }),
      client,
      location: `pglite:${dataDir}`,
      close: async () => {
        await client.close();
        release();
      },
    };
  } catch (error) {
    release();
    throw error;
  }
}
