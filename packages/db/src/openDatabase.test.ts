import { sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate } from './migrate.js';
import { openDatabase, type Database } from './openDatabase.js';
import { openTestDatabase, silentServer, type SilentServer, type TestDatabase } from './testing/index.js';

const impatient = { connectMs: 1_000, statementMs: 1_000 };

/** What the driver's error says, as Drizzle wraps it. */
type QueryFailure = Error & { cause?: { code?: string; message?: string } };

/** The error a promise rejects with, or a failure when it does not reject. */
async function rejectionOf(work: Promise<unknown>): Promise<QueryFailure> {
  try {
    await work;
  } catch (error) {
    return error as QueryFailure;
  }
  throw new Error('expected a rejection');
}

describe('a Postgres record that hangs or crawls fails the call instead of holding it', () => {
  let silent: SilentServer;
  let hanging: Database;
  let server: TestDatabase;
  let limited: Database;

  beforeAll(async () => {
    silent = await silentServer();
    hanging = await openDatabase({ databaseUrl: silent.databaseUrl, timeouts: impatient });
    server = await openTestDatabase('postgres', { migrated: false });
    limited = await openDatabase({ databaseUrl: server.databaseUrl, timeouts: impatient });
  });
  afterAll(async () => {
    await hanging?.close();
    await silent?.close();
    await limited?.close();
    await server?.drop();
  });

  it('gives up on a server that takes the connection and never answers, after the connect timeout', async () => {
    const error = await rejectionOf(hanging.db.execute(sql`select 1`));
    expect(error.cause?.message).toMatch(/Connection terminated due to connection timeout/);
  });

  it('has Postgres cancel a statement that runs past the statement timeout', async () => {
    const error = await rejectionOf(limited.db.execute(sql`select pg_sleep(5)`));
    expect(error.cause?.code).toBe('57014');
    // The pool is fine afterwards.
    expect((await limited.db.execute(sql`select 1 as one`)).rows).toEqual([{ one: 1 }]);
  });

  it('migrates without the statement limit: waiting for another process holding the lock is no failure', async () => {
    const other = new pg.Client({ connectionString: server.databaseUrl });
    await other.connect();
    try {
      await other.query('SELECT pg_advisory_lock(7305001)');
      const migrated = migrate(limited);
      await new Promise((resolve) => setTimeout(resolve, 2_500));
      await other.query('SELECT pg_advisory_unlock(7305001)');
      await migrated;
    } finally {
      await other.end();
    }
    expect((await limited.db.execute(sql`select count(*)::int as n from users`)).rows).toEqual([{ n: 0 }]);
  });
});
