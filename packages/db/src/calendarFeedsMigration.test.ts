import { rmSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate } from './migrate.js';
import { occurrenceMoves } from './repositories/calendarSources.js';
import { backends, migrationsBefore, openTestDatabase, type TestDatabase } from './testing/index.js';

describe.each(backends)('migration 0010 on a filled record (%s)', (backend) => {
  let test: TestDatabase;
  let folder: string;

  beforeAll(async () => {
    test = await openTestDatabase(backend, { migrated: false });
    folder = migrationsBefore('0010_calendar_feeds');
    await migrate(test.database, folder);
    await test.db.execute(sql`
      insert into processes (workflow_id, kind, programme_id, number, title, status, time_zone, starts_on,
        first_recorded_at, updated_at)
      values ('cycle/proeftuin/1', 'learningCycle', 'proeftuin', 1, 'Cyclus 1', 'running', 'Europe/Amsterdam',
        '2026-01-05', now(), now())`);
    const moved = { reason: 'Zaal bezet', at: '2026-01-10T09:00:00Z', by: 'bram.coordinator' };
    await test.db.execute(sql`
      insert into occurrences (process_id, occurrence_id, kind, district, date, starts_at, ends_at, status, change)
      values
        ('cycle/proeftuin/1', 'learningSession:west:2026-01-15', 'learningSession', 'West', '2026-01-16',
          '2026-01-16T12:30:00Z', '2026-01-16T14:30:00Z', 'planned',
          ${JSON.stringify({ ...moved, movedFrom: { startsAt: '2026-01-15T12:30:00Z', endsAt: '2026-01-15T14:30:00Z' } })}::jsonb),
        ('cycle/proeftuin/1', 'learningSession:west:2026-01-22', 'learningSession', 'West', '2026-01-22',
          '2026-01-22T12:30:00Z', '2026-01-22T14:30:00Z', 'cancelled',
          ${JSON.stringify({ ...moved, movedFrom: null })}::jsonb),
        ('cycle/proeftuin/1', 'learningSession:west:2026-01-08', 'learningSession', 'West', '2026-01-08',
          '2026-01-08T12:30:00Z', '2026-01-08T14:30:00Z', 'due', null)`);
    await migrate(test.database);
  });
  afterAll(async () => {
    rmSync(folder, { recursive: true, force: true });
    await test.drop();
  });

  it('counts one move for each occurrence already moved, none for a cancelled or unchanged one', async () => {
    expect(await occurrenceMoves(test.db, 'cycle/proeftuin/1')).toEqual(
      new Map([['learningSession:west:2026-01-15', 1]]),
    );
  });
});
