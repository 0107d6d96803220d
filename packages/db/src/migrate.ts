import { fileURLToPath } from 'node:url';
import { drizzle } from 'drizzle-orm/node-postgres';
import { migrate as migrateNodePostgres } from 'drizzle-orm/node-postgres/migrator';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import { openDatabase, type Database } from './openDatabase.js';
import * as schema from './schema/index.js';

/** The SQL that drizzle-kit generated from src/schema: the one history both drivers follow. */
export const migrationsFolder = fileURLToPath(new URL('../migrations', import.meta.url));

/** Any constant: the key of the advisory lock under which one process at a time migrates. */
const migrationLockKey = 7_305_001;

/**
 * Brings the record up to the latest migration; safe to run from several processes at once. `folder` is for a
 * test that stops at an earlier migration (a copy of the folder with a shorter journal).
 */
export async function migrate(database: Database, folder = migrationsFolder): Promise<void> {
  if (database.driver === 'pglite') {
    await migratePglite(database.db, { migrationsFolder: folder });
    return;
  }
  // A connection of its own, without the record's statement limits: a migration may rewrite a large table, and
  // a process waits here for as long as another holds the lock.
  const client = new pg.Client({
    ...database.pool.options,
    statement_timeout: false,
    query_timeout: undefined,
  });
  // A connection lost mid-migration fails the statement it ran; the event itself must not end the process.
  client.on('error', () => {});
  await client.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [migrationLockKey]);
    await migrateNodePostgres(drizzle({ client, schema }), { migrationsFolder: folder });
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [migrationLockKey]).catch(() => undefined);
    await client.end();
  }
}

/**
 * Migrates as the tables' owner: through `migrationUrl` when it is another URL than the record was opened with
 * (the runtime role may not change tables), else through the open record itself (PGlite, or one role for both).
 */
export async function migrateAsOwner(
  database: Database,
  urls: { url: string | undefined; migrationUrl: string | undefined },
): Promise<void> {
  if (database.driver === 'pglite' || urls.migrationUrl === undefined || urls.migrationUrl === urls.url) {
    await migrate(database);
    return;
  }
  const owner = await openDatabase({ databaseUrl: urls.migrationUrl });
  try {
    await migrate(owner);
  } finally {
    await owner.close();
  }
}
