import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { appendAudit } from './audit.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { migrate, migrationsFolder } from './migrate.js';
import { auditLog } from './schema/index.js';
import { eachBackend, rowsOf } from './testing/index.js';

const journal = JSON.parse(readFileSync(join(migrationsFolder, 'meta', '_journal.json'), 'utf8')) as {
  entries: unknown[];
};

const expectedTables = [
  'api_tokens',
  'applied_events',
  'audit_log',
  'calendar_feeds',
  'cases',
  'checkpoints',
  'decisions',
  'development_goals',
  'districts',
  'escalations',
  'evaluations',
  'group_obstacles',
  'group_outcomes',
  'learning_questions',
  'mail_preferences',
  'memberships',
  'messages',
  'occurrence_cases',
  'occurrence_organisations',
  'occurrences',
  'partner_organisations',
  'password_credentials',
  'processes',
  'programmes',
  'question_action_effects',
  'question_actions',
  'question_categories',
  'question_category_renames',
  'question_reformulations',
  'question_versions',
  'reminders',
  'sign_in_failures',
  'sign_in_links',
  'sign_in_sessions',
  'unsubscribe_links',
  'users',
];

eachBackend('migrations', (current) => {
  it('create every table of the record in an empty database', async () => {
    const rows = await rowsOf<{ table_name: string }>(
      current().db,
      sql`select table_name from information_schema.tables where table_schema = 'public' order by table_name`,
    );
    expect(rows.map((row) => row.table_name)).toEqual(expectedTables);
  });

  it('apply once: migrating again changes nothing', async () => {
    await migrate(current().database);
    const rows = await rowsOf<{ n: number }>(
      current().db,
      sql`select count(*)::int as n from drizzle.__drizzle_migrations`,
    );
    expect(rows[0]!.n).toBe(journal.entries.length);
  });

  it('make the audit log append-only', async () => {
    const { db } = current();
    await appendAudit(
      db,
      { userId: 'chris.monitor' },
      { action: 'read', recordType: 'case', recordId: 'p/W-1' },
    );
    // Drizzle wraps the server's error; the trigger's reason is its cause.
    const reasonOf = async (attempt: Promise<unknown>) => {
      try {
        await attempt;
      } catch (error) {
        return String((error as { cause?: Error }).cause?.message);
      }
      return 'not refused';
    };
    expect(await reasonOf(db.update(auditLog).set({ actor: 'someone.else' }))).toMatch(/append-only/);
    expect(await reasonOf(db.delete(auditLog))).toMatch(/append-only/);
    expect(await reasonOf(db.execute(sql`truncate audit_log`))).toMatch(/append-only/);
    expect(await db.$count(auditLog)).toBe(1);
  });
});

describe('two migrations at once on the server', () => {
  it('serialise on the advisory lock', async () => {
    const { openTestDatabase } = await import('./testing/index.js');
    const test = await openTestDatabase('postgres');
    try {
      await Promise.all([migrate(test.database), migrate(test.database), migrate(test.database)]);
      const rows = await rowsOf<{ n: number }>(
        test.db,
        sql`select count(*)::int as n from drizzle.__drizzle_migrations`,
      );
      expect(rows[0]!.n).toBe(journal.entries.length);
    } finally {
      await test.drop();
    }
  });
});
