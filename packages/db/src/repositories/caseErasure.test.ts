import { and, eq, sql } from 'drizzle-orm';
import { caseRegisterInputSchema } from '@leercyclus/domain';
import { beforeAll, expect, it } from 'vitest';
import { applyGroupEvents } from '../groupEvents/apply.js';
import { RecordError } from '../errors.js';
import { auditLog, cases, occurrenceCases } from '../schema/index.js';
import {
  aCycleWithTexts,
  aProgramme,
  developmentPeople,
  eachBackend,
  groupEventsFor,
  rowsOf,
  seedPeople,
} from '../testing/index.js';
import type { Db } from '../database.js';
import { eraseCase } from './caseErasure.js';
import { registerCase } from './cases.js';

const code = 'W-2026-014';
const officer = { userId: 'fg.privacy' };

/** Every text, JSON and text-list column of every table but the audit trail that names `word` as a word. */
async function tracesOf(db: Db, word: string): Promise<string[]> {
  const columns = await rowsOf<{ table_name: string; column_name: string }>(
    db,
    sql`select table_name, column_name from information_schema.columns
        where table_schema = 'public' and table_name <> 'audit_log'
          and data_type in ('text', 'jsonb', 'ARRAY', 'character varying')`,
  );
  const traces: string[] = [];
  for (const { table_name, column_name } of columns) {
    const [found] = await rowsOf<{ n: number }>(
      db,
      sql`select count(*)::int as n from ${sql.identifier(table_name)}
          where ${sql.identifier(column_name)}::text ~* ${`(^|[^A-Za-z0-9-])${word}($|[^A-Za-z0-9-])`}`,
    );
    if (found!.n > 0) traces.push(`${table_name}.${column_name}`);
  }
  return traces;
}

eachBackend('erasing a case on request', (current) => {
  beforeAll(async () => {
    const { db } = current();
    await seedPeople(db, developmentPeople);
    await aProgramme(db, 'proeftuin');
    await aProgramme(db, 'elders');
    await aCycleWithTexts(db, 'proeftuin', { closedAt: null, caseCode: code });
    await aCycleWithTexts(db, 'elders', { closedAt: null, caseCode: 'Z-01' });
    await aCycleWithTexts(db, 'proeftuin', { number: 2, closedAt: null, caseCode: 'Z-01' });
    await registerCase(
      db,
      officer,
      caseRegisterInputSchema.parse({
        programmeId: 'proeftuin',
        code: 'W-2026-015',
        district: 'Zuid',
        novelty: 'existing',
        ageGroup: '12-15',
        themes: ['school'],
        broughtInBy: { organisation: 'SWT Zuid', role: 'gezinscoach' },
        counterfactual: { care: 'none' },
        notes: `Broer of zus van ${code}.`,
      }),
    );
    const group = groupEventsFor('samen-school', 'proeftuin');
    const outcome = group.outcome('cycle/proeftuin/1', 1);
    await applyGroupEvents(db, [
      ...group.list,
      group.obstacle({ text: `Wachtlijst bij ${code}, niet bij ${code}5` }),
      group.completed({ ...outcome, lessons: [`${code}: school eerder erbij`] }),
    ]);
  });

  it('leaves no trace of the code in any table of the record, and one audit entry without it', async () => {
    const { db } = current();
    expect(await tracesOf(db, code)).toEqual(
      expect.arrayContaining([
        'cases.code',
        'cases.notes',
        'occurrence_cases.case_code',
        'occurrences.notes',
      ]),
    );

    const erased = await eraseCase(db, officer, { programmeId: 'proeftuin', code });
    // Two sessions, the question and its recorded version, its earlier wording, what was tried and its effect, the
    // evaluation, a goal, the escalation, its decision, the group's obstacle and its lessons, another case's notes,
    // and the facilitator's notice of the obstacle.
    expect(erased).toEqual({ sessionLinks: 1, texts: 15 });
    expect(await tracesOf(db, code)).toEqual([]);

    const entries = await db.select().from(auditLog).where(eq(auditLog.action, 'erase'));
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ actor: 'fg.privacy', recordType: 'case' });
    expect(entries[0]!.recordId).toMatch(/^proeftuin\/case-\d+$/);
    expect(JSON.stringify(entries[0])).not.toContain(code);
  });

  it('names another code that merely begins the same way still', async () => {
    const { db } = current();
    expect(await tracesOf(db, `${code}5`)).toEqual(['group_obstacles.text']);
  });

  it('leaves the same code of another programme, and the other cases of its own, as they were', async () => {
    const { db } = current();
    await eraseCase(db, officer, { programmeId: 'proeftuin', code: 'Z-01' });
    const [other] = await db.select().from(cases).where(eq(cases.programmeId, 'elders'));
    expect(other!.code).toBe('Z-01');
    expect(
      await db.$count(
        occurrenceCases,
        and(eq(occurrenceCases.processId, 'cycle/elders/1'), eq(occurrenceCases.caseCode, 'Z-01')),
      ),
    ).toBe(1);
    expect(await tracesOf(db, 'Z-01')).toEqual(
      expect.arrayContaining(['cases.code', 'occurrence_cases.case_code', 'occurrences.notes']),
    );
  });

  it('refuses a case the programme does not have, naming the code, and writes nothing', async () => {
    const { db } = current();
    const before = await db.$count(auditLog);
    await expect(eraseCase(db, officer, { programmeId: 'proeftuin', code: 'X-404' })).rejects.toEqual(
      new RecordError('notFound', 'Programme proeftuin has no case X-404.', 'code'),
    );
    expect(await db.$count(auditLog)).toBe(before);
  });
});
