import { and, asc, eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { RecordError } from '../errors.js';
import { auditLog } from '../schema/index.js';
import { developmentPeople, eachBackend, seedPeople } from '../testing/index.js';
import type { Db } from '../database.js';
import { grantMembership, membershipsIn, revokeMembership } from './memberships.js';
import {
  createPerson,
  findPerson,
  findPersonByEmail,
  findPersonByOidcSubject,
  linkOidcSubject,
  listPeople,
  signedInAs,
  updatePerson,
} from './people.js';

const administrator = { userId: 'frank.beheer' };
const admin = { scope: 'installation', scopeId: 'installation', role: 'administrator' } as const;

function auditOf(db: Db, personId: string) {
  return db
    .select({ actor: auditLog.actor, action: auditLog.action, details: auditLog.details })
    .from(auditLog)
    .where(and(eq(auditLog.recordType, 'person'), eq(auditLog.recordId, personId)))
    .orderBy(asc(auditLog.id));
}

eachBackend('people', (current) => {
  it('adds a person with a generated id and the address in lower case, audited', async () => {
    const { db } = current();
    const person = await createPerson(db, administrator, {
      name: 'Gerrit Hoekstra',
      email: '  Gerrit.Hoekstra@Example.ORG ',
      organisation: 'Jeugdhulp Noord',
    });
    expect(person).toEqual({
      id: expect.stringMatching(/^p-[a-z2-7]{12}$/) as string,
      name: 'Gerrit Hoekstra',
      email: 'gerrit.hoekstra@example.org',
      organisation: 'Jeugdhulp Noord',
      active: true,
    });
    expect(await findPerson(db, person.id)).toEqual(person);
    expect(await findPersonByEmail(db, 'GERRIT.hoekstra@example.org')).toEqual(person);
    expect(await auditOf(db, person.id)).toEqual([
      { actor: 'frank.beheer', action: 'create', details: { ...person } },
    ]);
  });

  it('refuses a second person with the same address whatever its case, naming the field, and writes nothing', async () => {
    const { db } = current();
    await createPerson(db, administrator, {
      name: 'Hanna',
      email: 'hanna@example.org',
      organisation: 'Gemeente',
    });
    const before = (await listPeople(db)).length;
    await expect(
      createPerson(db, administrator, {
        name: 'Hanna 2',
        email: 'HANNA@example.org',
        organisation: 'Gemeente',
      }),
    ).rejects.toEqual(
      new RecordError('conflict', 'Someone already has the e-mail address hanna@example.org.', 'email'),
    );
    await expect(
      createPerson(db, administrator, {
        id: 'hanna',
        name: 'Hanna',
        email: 'hanna@example.org',
        organisation: 'Gemeente',
      }),
    ).rejects.toMatchObject({ kind: 'conflict', field: 'email' });
    expect((await listPeople(db)).length).toBe(before);
  });

  it('refuses an id that is taken, and input that is not a person, naming the field', async () => {
    const { db } = current();
    await createPerson(db, administrator, {
      id: 'ids.taken',
      name: 'Ids',
      email: 'ids@example.org',
      organisation: 'Gemeente',
    });
    await expect(
      createPerson(db, administrator, {
        id: 'ids.taken',
        name: 'Ids',
        email: 'ids2@example.org',
        organisation: 'Gemeente',
      }),
    ).rejects.toMatchObject({ kind: 'conflict', field: 'id' });
    await expect(
      createPerson(db, administrator, { name: 'Iemand', email: 'geen adres', organisation: 'Gemeente' }),
    ).rejects.toMatchObject({ kind: 'invalid', field: 'email' });
    await expect(
      createPerson(db, administrator, { name: 'Iemand', email: 'iemand@example.org', organisation: ' ' }),
    ).rejects.toMatchObject({ kind: 'invalid', field: 'organisation' });
    await expect(
      createPerson(db, administrator, {
        id: 'Niet Goed',
        name: 'Iemand',
        email: 'iemand@example.org',
        organisation: 'Gemeente',
      }),
    ).rejects.toMatchObject({ kind: 'invalid', field: 'id' });
    expect(await findPersonByEmail(db, 'iemand@example.org')).toBeNull();
  });

  it('updates a person and audits what changed from what to what', async () => {
    const { db } = current();
    const person = await createPerson(db, administrator, {
      id: 'ingrid',
      name: 'Ingrid',
      email: 'ingrid@example.org',
      organisation: 'Gemeente',
    });
    const updated = await updatePerson(db, administrator, person.id, {
      name: 'Ingrid Mulder',
      email: 'Ingrid.Mulder@example.org',
      organisation: 'Gemeente',
    });
    expect(updated).toEqual({ ...person, name: 'Ingrid Mulder', email: 'ingrid.mulder@example.org' });
    expect(await findPerson(db, person.id)).toEqual(updated);
    expect((await auditOf(db, person.id)).at(-1)).toEqual({
      actor: 'frank.beheer',
      action: 'update',
      details: {
        before: { name: 'Ingrid', email: 'ingrid@example.org' },
        after: { name: 'Ingrid Mulder', email: 'ingrid.mulder@example.org' },
      },
    });
    await createPerson(db, administrator, {
      name: 'Jan',
      email: 'jan@example.org',
      organisation: 'Gemeente',
    });
    await expect(
      updatePerson(db, administrator, person.id, { email: 'JAN@example.org' }),
    ).rejects.toMatchObject({
      kind: 'conflict',
      field: 'email',
    });
    await expect(updatePerson(db, administrator, 'niemand', { name: 'X' })).rejects.toMatchObject({
      kind: 'notFound',
      field: 'id',
    });
  });

  it('signs in only an active person, with their memberships', async () => {
    const { db } = current();
    await seedPeople(
      db,
      developmentPeople.filter((p) => p.id === 'eva.deelnemer'),
      [{ personId: 'eva.deelnemer', scope: 'programme', scopeId: 'proeftuin', role: 'participant' }],
    );
    expect(await signedInAs(db, 'eva.deelnemer', 'session')).toEqual({
      person: developmentPeople.find((p) => p.id === 'eva.deelnemer'),
      memberships: [{ scope: 'programme', scopeId: 'proeftuin', role: 'participant' }],
      via: 'session',
    });
    await updatePerson(db, administrator, 'eva.deelnemer', { active: false });
    expect(await signedInAs(db, 'eva.deelnemer', 'session')).toBeNull();
    expect(await signedInAs(db, 'niemand', 'session')).toBeNull();
  });

  it('finds a person by the subject of their identity provider once linked', async () => {
    const { db } = current();
    const person = await createPerson(db, administrator, {
      name: 'Kees',
      email: 'kees@example.org',
      organisation: 'Gemeente',
    });
    const issuer = 'https://login.example.org/tenant';
    expect(await findPersonByOidcSubject(db, issuer, 'sub-1')).toBeNull();
    await linkOidcSubject(db, { userId: person.id }, person.id, issuer, 'sub-1');
    expect(await findPersonByOidcSubject(db, issuer, 'sub-1')).toEqual(person);
    expect(await findPersonByOidcSubject(db, 'https://elders.example.org', 'sub-1')).toBeNull();
    const other = await createPerson(db, administrator, {
      name: 'Lies',
      email: 'lies@example.org',
      organisation: 'Gemeente',
    });
    await expect(linkOidcSubject(db, administrator, other.id, issuer, 'sub-1')).rejects.toMatchObject({
      kind: 'conflict',
      field: 'subject',
    });
  });
});

eachBackend('memberships', (current) => {
  it('grants and revokes roles per scope, auditing who granted what to whom', async () => {
    const { db } = current();
    await seedPeople(db, developmentPeople, [{ personId: 'frank.beheer', ...admin }]);
    await grantMembership(db, administrator, 'bram.coordinator', {
      scope: 'programme',
      scopeId: 'proeftuin',
      role: 'coordinator',
    });
    // Granting it again changes nothing and audits nothing.
    await grantMembership(db, administrator, 'bram.coordinator', {
      scope: 'programme',
      scopeId: 'proeftuin',
      role: 'coordinator',
    });
    await grantMembership(db, administrator, 'bram.coordinator', {
      scope: 'table',
      scopeId: 'mt-jeugd',
      role: 'chair',
    });
    await grantMembership(db, administrator, 'dana.management', {
      scope: 'table',
      scopeId: 'mt-jeugd',
      role: 'member',
    });
    expect((await signedInAs(db, 'bram.coordinator', 'token'))?.memberships).toEqual([
      { scope: 'programme', scopeId: 'proeftuin', role: 'coordinator' },
      { scope: 'table', scopeId: 'mt-jeugd', role: 'chair' },
    ]);
    expect(
      (await membershipsIn(db, 'table', 'mt-jeugd')).map(({ person, roles }) => ({
        name: person.name,
        roles,
      })),
    ).toEqual([
      { name: 'Bram Jansen', roles: ['chair'] },
      { name: 'Dana Visser', roles: ['member'] },
    ]);

    await revokeMembership(db, administrator, 'bram.coordinator', {
      scope: 'table',
      scopeId: 'mt-jeugd',
      role: 'chair',
    });
    expect(await membershipsIn(db, 'table', 'mt-jeugd')).toHaveLength(1);
    expect(await auditOf(db, 'bram.coordinator')).toEqual([
      { actor: 'system', action: 'create', details: expect.any(Object) as object },
      {
        actor: 'frank.beheer',
        action: 'grant',
        details: { scope: 'programme', scopeId: 'proeftuin', role: 'coordinator' },
      },
      {
        actor: 'frank.beheer',
        action: 'grant',
        details: { scope: 'table', scopeId: 'mt-jeugd', role: 'chair' },
      },
      {
        actor: 'frank.beheer',
        action: 'revoke',
        details: { scope: 'table', scopeId: 'mt-jeugd', role: 'chair' },
      },
    ]);
  });

  it('refuses a role the scope does not have, an unknown person, and revoking what is not held', async () => {
    const { db } = current();
    await expect(
      grantMembership(db, administrator, 'bram.coordinator', {
        scope: 'table',
        scopeId: 'mt-jeugd',
        role: 'coordinator',
      } as never),
    ).rejects.toMatchObject({ kind: 'invalid', field: 'role' });
    await expect(
      grantMembership(db, administrator, 'niemand', { scope: 'group', scopeId: 'groep-1', role: 'member' }),
    ).rejects.toMatchObject({ kind: 'notFound', field: 'personId' });
    await expect(
      revokeMembership(db, administrator, 'eva.deelnemer', {
        scope: 'group',
        scopeId: 'groep-1',
        role: 'member',
      }),
    ).rejects.toMatchObject({ kind: 'notFound', field: 'role' });
  });

  it('keeps at least one active administrator', async () => {
    const { db } = current();
    await expect(revokeMembership(db, administrator, 'frank.beheer', admin)).rejects.toMatchObject({
      kind: 'conflict',
      field: 'personId',
    });
    await expect(updatePerson(db, administrator, 'frank.beheer', { active: false })).rejects.toMatchObject({
      kind: 'conflict',
    });
    await grantMembership(db, administrator, 'anna.projectleider', admin);
    await revokeMembership(db, { userId: 'anna.projectleider' }, 'frank.beheer', admin);
    expect((await membershipsIn(db, 'installation', 'installation')).map(({ person }) => person.id)).toEqual([
      'anna.projectleider',
    ]);
  });
});
