import { rmSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendAudit } from '../audit.js';
import { migrate } from '../migrate.js';
import { auditLog } from '../schema/index.js';
import {
  backends,
  eachBackend,
  migrationsBefore,
  openTestDatabase,
  rowsOf,
  type TestDatabase,
} from '../testing/index.js';
import { verifyAuditChain } from './verify.js';

const fromSomewhere = {
  userId: 'chris.monitor',
  onBehalfOf: 'monitor@programme:proeftuin',
  origin: {
    address: '192.0.2.7',
    session: 'session:0123456789abcdef',
    userAgent: 'Mozilla/5.0 (X11) — test',
  },
};

/** Changes an entry as its owner can, past the append-only trigger: what the chain must give away. */
async function asOwner(db: TestDatabase['db'], change: ReturnType<typeof sql>): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.execute(sql`alter table audit_log disable trigger audit_log_no_update_or_delete`);
    await tx.execute(change);
    await tx.execute(sql`alter table audit_log enable trigger audit_log_no_update_or_delete`);
  });
}

eachBackend('the audit chain', (current) => {
  it('holds on a fresh record, and over entries of every shape', async () => {
    const { db } = current();
    expect(await verifyAuditChain(db)).toEqual({ checked: 0, last: null, broken: null });
    await appendAudit(db, fromSomewhere, [
      { operation: 'read', action: 'cycles.get', recordType: 'cycle', recordId: 'cycle/proeftuin/1' },
      {
        action: 'update',
        recordType: 'case',
        recordId: 'proeftuin/W-2026-001',
        details: { ageGroup: '12-15', nested: { n: 1.5, list: [1, 'twee', null] }, 'ëmoji 🧒': true },
        at: new Date('2026-03-05T12:30:00.123Z'),
      },
    ]);
    await appendAudit(
      db,
      { userId: 'system' },
      { action: 'cycleUpdated', recordType: 'cycle', recordId: 'x' },
    );
    const report = await verifyAuditChain(db, { batchSize: 2 });
    expect(report.broken).toBeNull();
    expect(report.checked).toBe(3);
    const [last] = await db
      .select()
      .from(auditLog)
      .orderBy(sql`id desc`)
      .limit(1);
    expect(report.last).toEqual({ id: last!.id, hash: last!.hash });
  });

  it('stores who, in which capacity, from where, and the kind of action', async () => {
    const { db } = current();
    const [entry] = await db
      .select()
      .from(auditLog)
      .where(sql`action = 'cycles.get'`);
    expect(entry).toMatchObject({
      actor: 'chris.monitor',
      onBehalfOf: 'monitor@programme:proeftuin',
      operation: 'read',
      clientAddress: '192.0.2.7',
      session: 'session:0123456789abcdef',
      userAgent: 'Mozilla/5.0 (X11) — test',
    });
    expect(entry!.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('chains entries appended at once from many connections, each to the one before', async () => {
    const { db } = current();
    const before = await db.$count(auditLog);
    await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        db.transaction((tx) =>
          appendAudit(tx, fromSomewhere, [
            { operation: 'read', action: 'agenda.search', recordType: 'agenda', recordId: `p${i}` },
            { action: 'grant', recordType: 'person', recordId: `person-${i}` },
          ]),
        ),
      ),
    );
    const report = await verifyAuditChain(db, { batchSize: 7 });
    expect(report.broken).toBeNull();
    expect(report.checked).toBe(before + 80);
  });

  it('ignores an id or hash an insert sends: the trigger writes them', async () => {
    const { db } = current();
    await db.execute(sql`
      insert into audit_log (id, actor, operation, action, record_type, record_id, prev_hash, hash)
      values (999999, 'someone', 'change', 'forged', 'x', 'y', 'not the chain', 'not a hash')`);
    const [forged] = await db
      .select()
      .from(auditLog)
      .where(sql`action = 'forged'`);
    expect(forged!.id).not.toBe(999999);
    expect(forged!.hash).not.toBe('not a hash');
    expect((await verifyAuditChain(db)).broken).toBeNull();
  });

  it('reports an entry changed afterwards at that entry, and a removed one at the entry after it', async () => {
    const { db } = current();
    const [target] = await db
      .select()
      .from(auditLog)
      .where(sql`record_id = 'p17'`);
    await asOwner(db, sql`update audit_log set details = '{"edited": true}' where id = ${target!.id}`);
    const changed = await verifyAuditChain(db);
    expect(changed.broken).toMatchObject({ id: target!.id, kind: 'content' });
    expect(changed.broken!.description).toMatch(/changed after it was written/);
    expect(changed.checked).toBe(
      (
        await rowsOf<{ n: number }>(
          db,
          sql`select count(*)::int as n from audit_log where id < ${target!.id}`,
        )
      )[0]!.n,
    );

    // Undone, the chain holds again; removing an entry breaks the link of the next one.
    await asOwner(
      db,
      sql`update audit_log set details = ${JSON.stringify(target!.details)}::jsonb where id = ${target!.id}`,
    );
    expect((await verifyAuditChain(db)).broken).toBeNull();
    await asOwner(db, sql`delete from audit_log where id = ${target!.id}`);
    const removed = await verifyAuditChain(db);
    expect(removed.broken).toMatchObject({ kind: 'link' });
    expect(removed.broken!.id).toBeGreaterThan(target!.id);
    expect(removed.broken!.description).toMatch(new RegExp(`entry ${target!.id - 1} before it`));
  });
});

describe.each(backends)('migration 0007 on a filled audit log (%s)', (backend) => {
  let test: TestDatabase;
  let folder: string;

  beforeAll(async () => {
    test = await openTestDatabase(backend, { migrated: false });
    folder = migrationsBefore('0007_audit_trail');
    await migrate(test.database, folder);
    await test.db.execute(sql`
      insert into audit_log (actor, action, record_type, record_id, details) values
        ('chris.monitor', 'read', 'caseStatistics', 'proeftuin', '{"caseCodes": ["W-1"]}'),
        ('eva.deelnemer', 'refused', 'procedure', 'cases.stats', '{}'),
        ('anna.projectleider', 'register', 'case', 'proeftuin/W-1', '{}')`);
    await migrate(test.database);
  });
  afterAll(async () => {
    rmSync(folder, { recursive: true, force: true });
    await test.drop();
  });

  it('chains the entries written before it, with the operation their action tells', async () => {
    expect(await verifyAuditChain(test.db)).toMatchObject({ checked: 3, broken: null });
    const rows = await test.db.select().from(auditLog).orderBy(auditLog.id);
    expect(rows.map((row) => row.operation)).toEqual(['read', 'refused', 'change']);
    expect(rows[0]!.prevHash).toBeNull();
  });

  it('goes on numbering and chaining after them', async () => {
    await appendAudit(test.db, { userId: 'system' }, { action: 'later', recordType: 'x', recordId: 'y' });
    const rows = await test.db.select({ id: auditLog.id }).from(auditLog).orderBy(auditLog.id);
    expect(rows.map((row) => row.id)).toEqual([1, 2, 3, 4]);
    expect(await verifyAuditChain(test.db)).toMatchObject({ checked: 4, broken: null });
  });
});
