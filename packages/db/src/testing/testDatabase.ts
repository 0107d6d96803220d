import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { Db } from '../database.js';
import { migrate } from '../migrate.js';
import { openDatabase, type Database } from '../openDatabase.js';

export const backends = ['pglite', 'postgres'] as const;
export type Backend = (typeof backends)[number];

/** The Postgres server the tests use (trust auth); each test file gets its own database on it. */
export const testServerUrl = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export interface TestDatabase {
  backend: Backend;
  database: Database;
  db: Db;
  /** The server database's address, for a child process to open it (the Postgres backend only). */
  databaseUrl?: string;
  /** Closes the database and, on the server, drops it. */
  drop(): Promise<void>;
}

async function onServer<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: testServerUrl });
  try {
    await client.connect();
  } catch (error) {
    throw new Error(
      `The test Postgres server at ${testServerUrl} does not answer (${String(error)}); start it or set TEST_DATABASE_URL.`,
    );
  }
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * A migrated, empty record: PGlite in memory, or a fresh uniquely named database on the test server. With
 * `migrated: false` the database is bare, for a test that migrates it step by step.
 */
export async function openTestDatabase(
  backend: Backend,
  { migrated = true }: { migrated?: boolean } = {},
): Promise<TestDatabase> {
  if (backend === 'pglite') {
    const database = await openDatabase({ dataDir: 'memory://' });
    if (migrated) await migrate(database);
    return { backend, database, db: database.db, drop: () => database.close() };
  }
  const name = `leercyclus_test_${randomBytes(6).toString('hex')}`;
  await onServer((client) => client.query(`CREATE DATABASE "${name}"`));
  const url = new URL(testServerUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ databaseUrl: url.toString() });
  if (migrated) await migrate(database);
  return {
    backend,
    database,
    db: database.db,
    databaseUrl: url.toString(),
    drop: async () => {
      await database.close();
      await onServer((client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
    },
  };
}
