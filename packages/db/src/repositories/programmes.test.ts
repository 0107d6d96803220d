import { and, eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import {
  defaultQuestionCategories,
  programmeCreateInputSchema,
  programmeUpdateInputSchema,
} from '@leercyclus/domain';
import { RecordError } from '../errors.js';
import { auditLog, programmes } from '../schema/index.js';
import { aProgramme, eachBackend } from '../testing/index.js';
import { createProgramme, getProgramme, listProgrammes, updateProgramme } from './programmes.js';

eachBackend('programmes', (current) => {
  it('creates a programme with its districts and the default agenda categories, audited', async () => {
    const { db } = current();
    const created = await aProgramme(db, 'proeftuin');
    expect(created).toMatchObject({
      id: 'proeftuin',
      projectLeader: 'anna.projectleider',
      districts: ['West', 'Zuid'],
      managementTable: 'mt-jeugd',
      questionCategories: [...defaultQuestionCategories],
      createdBy: 'anna.projectleider',
    });
    expect(await getProgramme(db, 'proeftuin')).toEqual(created);
    const audit = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.recordType, 'programme'), eq(auditLog.recordId, 'proeftuin')));
    expect(audit).toEqual([expect.objectContaining({ actor: 'anna.projectleider', action: 'create' })]);
  });

  it('keeps a programme its own list of categories', async () => {
    const { db } = current();
    const input = programmeCreateInputSchema.parse({
      id: 'gezonde-relaties',
      name: 'Leergemeenschap Gezonde Relaties',
      projectLeader: 'anna.projectleider',
      districts: ['Noord'],
      managementTable: 'mt-jeugd',
      questionCategories: ['safety', 'education'],
    });
    await createProgramme(db, { userId: 'anna.projectleider' }, input);
    expect((await getProgramme(db, 'gezonde-relaties')).questionCategories).toEqual(['safety', 'education']);
    expect((await listProgrammes(db)).map((p) => p.id)).toEqual(['gezonde-relaties', 'proeftuin']);
  });

  it('refuses a second programme with the same code and writes nothing', async () => {
    const { db } = current();
    const before = await db.$count(auditLog);
    await expect(aProgramme(db, 'proeftuin')).rejects.toEqual(
      new RecordError('conflict', 'Programme proeftuin already exists; choose another code.', 'id'),
    );
    expect(await db.$count(auditLog)).toBe(before);
    expect(await db.$count(programmes)).toBe(2);
  });

  it('answers notFound for a programme that does not exist', async () => {
    await expect(getProgramme(current().db, 'onbekend')).rejects.toMatchObject({
      kind: 'notFound',
      field: 'id',
    });
  });

  it('renames a category after creation and keeps the rename, with who and when, audited', async () => {
    const { db } = current();
    const leader = { userId: 'anna.projectleider' };
    const updated = await updateProgramme(
      db,
      leader,
      programmeUpdateInputSchema.parse({
        id: 'gezonde-relaties',
        name: 'Leergemeenschap Gezonde Relaties 2027',
        districts: ['Noord', 'Oost'],
        questionCategories: ['safety', 'schoolAndSwt'],
        categoryRenames: [{ from: 'education', to: 'schoolAndSwt' }],
      }),
    );
    expect(updated).toMatchObject({
      name: 'Leergemeenschap Gezonde Relaties 2027',
      districts: ['Noord', 'Oost'],
      questionCategories: ['safety', 'schoolAndSwt'],
      categoryRenames: [{ from: 'education', to: 'schoolAndSwt', by: 'anna.projectleider' }],
    });
    expect(await getProgramme(db, 'gezonde-relaties')).toEqual(updated);
    const audit = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.recordType, 'programme'), eq(auditLog.recordId, 'gezonde-relaties')));
    expect(audit.map((entry) => entry.action)).toEqual(['create', 'update']);
  });

  it('refuses to drop a district or a rename the new list does not hold, and writes nothing', async () => {
    const { db } = current();
    const before = await db.$count(auditLog);
    const refusal = (input: unknown) =>
      updateProgramme(db, { userId: 'anna.projectleider' }, programmeUpdateInputSchema.parse(input));
    await expect(refusal({ id: 'gezonde-relaties', districts: ['Noord'] })).rejects.toMatchObject({
      kind: 'invalid',
      field: 'districts',
    });
    await expect(
      refusal({ id: 'gezonde-relaties', categoryRenames: [{ from: 'safety', to: 'veiligheid' }] }),
    ).rejects.toMatchObject({ kind: 'invalid', field: 'categoryRenames' });
    expect(await db.$count(auditLog)).toBe(before);
    expect((await getProgramme(db, 'gezonde-relaties')).districts).toEqual(['Noord', 'Oost']);
  });
});
