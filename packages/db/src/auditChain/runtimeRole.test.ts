import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendAudit } from '../audit.js';
import { migrateAsOwner } from '../migrate.js';
import { openDatabase, type Database } from '../openDatabase.js';
import { auditLog } from '../schema/index.js';
import { aProgramme, openTestDatabase, testServerUrl, type TestDatabase } from '../testing/index.js';
import { auditLogPowers, runtimeRole } from './runtimeRole.js';
import { verifyAuditChain } from './verify.js';

async function asServer(statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: testServerUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/** Why the server refused a statement, or 'not refused'. */
async function refusal(attempt: Promise<unknown>): Promise<string> {
  try {
    await attempt;
  } catch (error) {
    return String((error as { cause?: Error }).cause?.message ?? (error as Error).message);
  }
  return 'not refused';
}

/**
 * On a real server: the record migrated by its owner, used by a login role that is a member of the runtime role,
 * as DATABASE_URL and DATABASE_MIGRATION_URL separate them in production.
 */
describe('the runtime role on the Postgres server', () => {
  const login = `leercyclus_app_${randomBytes(4).toString('hex')}`;
  let owner: TestDatabase;
  let runtime: Database;
  let runtimeUrl: string;

  beforeAll(async () => {
    owner = await openTestDatabase('postgres');
    await asServer(`CREATE ROLE ${login} LOGIN IN ROLE ${runtimeRole}`);
    const url = new URL(owner.databaseUrl!);
    url.username = login;
    runtimeUrl = url.toString();
    runtime = await openDatabase({ databaseUrl: runtimeUrl });
  });

  afterAll(async () => {
    await runtime?.close();
    await owner?.drop();
    await asServer(`DROP ROLE IF EXISTS ${login}`);
  });

  it('reads and writes the record, and appends to the audit log', async () => {
    await aProgramme(runtime.db, 'proeftuin');
    await appendAudit(
      runtime.db,
      { userId: 'chris.monitor' },
      { operation: 'read', action: 'cycles.get', recordType: 'cycle', recordId: 'cycle/proeftuin/1' },
    );
    expect(await runtime.db.$count(auditLog)).toBe(2);
    expect((await verifyAuditChain(runtime.db)).broken).toBeNull();
    expect(await auditLogPowers(runtime.db)).toEqual([]);
  });

  it('may not update, delete, truncate the audit log, nor switch its triggers off', async () => {
    const { db } = runtime;
    expect(await refusal(db.update(auditLog).set({ actor: 'someone.else' }))).toMatch(/permission denied/);
    expect(await refusal(db.delete(auditLog))).toMatch(/permission denied/);
    expect(await refusal(db.execute(sql`truncate audit_log`))).toMatch(/permission denied/);
    for (const trigger of ['audit_log_chain', 'audit_log_no_update_or_delete', 'ALL']) {
      expect(await refusal(db.execute(sql.raw(`alter table audit_log disable trigger ${trigger}`)))).toMatch(
        /must be (the )?owner/,
      );
    }
    expect(await refusal(db.execute(sql`drop trigger audit_log_chain on audit_log`))).toMatch(
      /must be (the )?owner/,
    );
    expect(await runtime.db.$count(auditLog)).toBe(2);
    expect((await verifyAuditChain(db)).broken).toBeNull();
  });

  it('leaves migrating to the owner: through the migration URL, not its own', async () => {
    expect(await refusal(runtime.db.execute(sql`create table intruder (id int)`))).toMatch(
      /permission denied/,
    );
    await migrateAsOwner(runtime, { url: runtimeUrl, migrationUrl: owner.databaseUrl });
    expect((await auditLogPowers(owner.db)).length).toBeGreaterThan(0);
  });
});
