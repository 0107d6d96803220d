import { rmSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate } from './migrate.js';
import { createPerson, findPerson, signedInAs } from './repositories/people.js';
import { backends, migrationsBefore, openTestDatabase, rowsOf, type TestDatabase } from './testing/index.js';

describe.each(backends)('migration 0006 on a filled record (%s)', (backend) => {
  let test: TestDatabase;
  let folder: string;

  beforeAll(async () => {
    test = await openTestDatabase(backend, { migrated: false });
    folder = migrationsBefore('0006_people_and_sign_in');
    await migrate(test.database, folder);
    // What syncUsers wrote for the development sign-in, and a programme led by one of them and one by a stranger.
    await test.db.execute(sql`
      insert into users (id, name) values ('anna.projectleider', 'Anna de Vries'), ('eva.deelnemer', 'Eva Smit')`);
    await test.db.execute(sql`
      insert into user_roles (user_id, role) values
        ('anna.projectleider', 'projectLeader'), ('anna.projectleider', 'coordinator'), ('eva.deelnemer', 'participant')`);
    await test.db.execute(sql`
      insert into programmes (id, name, project_leader, management_table, created_by) values
        ('proeftuin', 'Proeftuin', 'anna.projectleider', 'mt-jeugd', 'anna.projectleider'),
        ('elders', 'Elders', 'iemand.anders', 'mt-jeugd', 'iemand.anders')`);
    await migrate(test.database);
  });
  afterAll(async () => {
    rmSync(folder, { recursive: true, force: true });
    await test.drop();
  });

  it('keeps every person with their id, a placeholder address and an unknown organisation', async () => {
    expect(await findPerson(test.db, 'anna.projectleider')).toEqual({
      id: 'anna.projectleider',
      name: 'Anna de Vries',
      email: 'anna.projectleider@example.invalid',
      organisation: 'onbekend',
      active: true,
    });
    expect(await findPerson(test.db, 'eva.deelnemer')).toMatchObject({
      email: 'eva.deelnemer@example.invalid',
    });
  });

  it('makes a programme’s project leader its member with that role, and drops the global roles', async () => {
    expect((await signedInAs(test.db, 'anna.projectleider', 'development'))?.memberships).toEqual([
      { scope: 'programme', scopeId: 'proeftuin', role: 'projectLeader' },
    ]);
    expect((await signedInAs(test.db, 'eva.deelnemer', 'development'))?.memberships).toEqual([]);
    const tables = await rowsOf<{ n: number }>(
      test.db,
      sql`select count(*)::int as n from information_schema.tables where table_name = 'user_roles'`,
    );
    expect(tables[0]!.n).toBe(0);
  });

  it('holds the e-mail addresses unique whatever their case', async () => {
    await expect(
      createPerson(
        test.db,
        { userId: 'system' },
        { name: 'Anna', email: 'Anna.Projectleider@Example.Invalid', organisation: 'Gemeente' },
      ),
    ).rejects.toMatchObject({ kind: 'conflict', field: 'email' });
  });
});
