import { Client } from '@temporalio/client';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tables } from '@leercyclus/db';
import { seedPeople } from '@leercyclus/db/testing';
import { apiClient } from '@leercyclus/harness';
import { failureOf, startApi, type RunningApi } from '../support/api.js';
import { grantParts, people } from '../support/people.js';
import { testRecord, type TestRecord } from '../support/record.js';

const { leader, coordinator, management, participant, administrator } = people;
/** Anna leads this programme; Dana leads the other. */
const own = 'eigen-programma';
const other = 'ander-programma';

// These procedures read and write the record only; the API's Temporal client never connects.
describe('people, memberships and tokens through the API', () => {
  let record: TestRecord;
  let api: RunningApi;

  beforeAll(async () => {
    record = await testRecord();
    api = await startApi(new Client(), record.db);
    await grantParts(record.db, { programmes: [own] });
    await seedPeople(
      record.db,
      [],
      [{ personId: management, scope: 'programme', scopeId: other, role: 'projectLeader' }],
    );
  });

  afterAll(async () => {
    await api?.server.close();
    await record?.close();
  });

  const auditOf = (personId: string) =>
    record.db
      .select()
      .from(tables.auditLog)
      .where(and(eq(tables.auditLog.recordType, 'person'), eq(tables.auditLog.recordId, personId)))
      .orderBy(tables.auditLog.id);

  it('lets the administrator add, change and deactivate a person, each audited; the deactivated are signed out', async () => {
    const admin = api.as(administrator);
    const added = await admin.people.create.mutate({
      name: 'Greet Hendriks',
      email: 'Greet.Hendriks@Example.org',
      organisation: 'Jeugdhulp Noord',
    });
    expect(added).toMatchObject({ email: 'greet.hendriks@example.org', active: true });
    expect(added.id).toMatch(/^p-/);
    const again = await failureOf(
      admin.people.create.mutate({
        name: 'Greet H.',
        email: 'greet.hendriks@example.org',
        organisation: 'X',
      }),
    );
    expect(again.data?.code).toBe('CONFLICT');
    expect(again.data).toMatchObject({ fieldErrors: [{ path: 'email' }] });
    const malformed = await failureOf(
      admin.people.create.mutate({ name: 'Greet', email: 'geen adres', organisation: 'X' }),
    );
    expect(malformed.data).toMatchObject({ code: 'BAD_REQUEST', fieldErrors: [{ path: 'email' }] });
    expect(
      (await failureOf(api.as(leader).people.create.mutate({ ...added, id: undefined }))).data?.code,
    ).toBe('FORBIDDEN');

    expect(
      await admin.people.update.mutate({ id: added.id, organisation: 'Basisschool De Wilg' }),
    ).toMatchObject({ organisation: 'Basisschool De Wilg' });
    expect((await api.as(added.id).session.me.query())?.person.name).toBe('Greet Hendriks');

    await admin.people.deactivate.mutate({ id: added.id });
    expect(await api.as(added.id).session.me.query()).toBeNull();
    expect((await failureOf(api.as(added.id).cycles.list.query())).data?.code).toBe('UNAUTHORIZED');
    expect((await auditOf(added.id)).map((entry) => [entry.actor, entry.action])).toEqual([
      [administrator, 'create'],
      [administrator, 'update'],
      [administrator, 'update'],
    ]);
    expect((await admin.people.list.query()).find((p) => p.id === added.id)?.active).toBe(false);
  });

  it("lets a project leader grant and revoke the memberships of their own programme, and no other's", async () => {
    const anna = api.as(leader);
    const grant = {
      personId: management,
      membership: { scope: 'programme', scopeId: own, role: 'monitor' },
    } as const;
    await anna.memberships.grant.mutate(grant);
    expect((await api.as(management).session.me.query())?.memberships).toContainEqual(grant.membership);
    const listed = await anna.memberships.list.query({ scope: 'programme', scopeId: own });
    expect(listed.find((m) => m.person.id === management)?.roles).toEqual(['monitor']);

    const elsewhere = await failureOf(
      anna.memberships.grant.mutate({ ...grant, membership: { ...grant.membership, scopeId: other } }),
    );
    expect(elsewhere.data?.code).toBe('NOT_FOUND');
    const administration = await failureOf(
      anna.memberships.grant.mutate({
        personId: leader,
        membership: { scope: 'installation', scopeId: 'installation', role: 'administrator' },
      }),
    );
    expect(administration.data?.code).toBe('FORBIDDEN');
    const nobody = await failureOf(anna.memberships.grant.mutate({ ...grant, personId: 'niemand.bekend' }));
    expect(nobody.data).toMatchObject({ code: 'BAD_REQUEST', fieldErrors: [{ path: 'personId' }] });
    // A coordinator of the programme does not hand out its roles.
    expect((await failureOf(api.as(coordinator).memberships.grant.mutate(grant))).data?.code).toBe(
      'FORBIDDEN',
    );

    await anna.memberships.revoke.mutate(grant);
    expect((await api.as(management).session.me.query())?.memberships).not.toContainEqual(grant.membership);
    const changes = (await auditOf(management)).filter((entry) => entry.actor === leader);
    expect(changes.map((entry) => [entry.action, entry.details])).toEqual([
      ['grant', { scope: 'programme', scopeId: own, role: 'monitor' }],
      ['revoke', { scope: 'programme', scopeId: own, role: 'monitor' }],
    ]);
  });

  it('gives everyone their own tokens: a token signs in as its person, makes no more, and stops when revoked', async () => {
    const eva = api.as(participant);
    const created = await eva.tokens.create.mutate({ name: 'Rapportage', days: 30 });
    expect(created.token).toMatch(/^lc_/);
    const script = apiClient(api.url, { token: created.token });
    expect(await script.session.me.query()).toMatchObject({ person: { id: participant }, via: 'token' });
    expect(await script.cycles.list.query()).toEqual([]);
    expect((await failureOf(script.tokens.create.mutate({ name: 'Nog een', days: 1 }))).data?.code).toBe(
      'FORBIDDEN',
    );
    const listed = await eva.tokens.list.query();
    expect(listed).toEqual([
      expect.objectContaining({ id: created.id, name: 'Rapportage', revokedAt: null }),
    ]);
    expect(JSON.stringify(listed)).not.toContain(created.token);

    // Someone else's token is not theirs to see or end; the administrator's it is.
    expect(await api.as(leader).tokens.list.query()).toEqual([]);
    expect((await failureOf(api.as(leader).tokens.revoke.mutate({ tokenId: created.id }))).data?.code).toBe(
      'NOT_FOUND',
    );
    expect((await failureOf(api.as(leader).tokens.listFor.query({ personId: participant }))).data?.code).toBe(
      'FORBIDDEN',
    );
    await api.as(administrator).tokens.revokeFor.mutate({ personId: participant, tokenId: created.id });
    expect(await script.session.me.query()).toBeNull();
    expect((await failureOf(script.cycles.list.query())).data?.code).toBe('UNAUTHORIZED');
  });

  it('shows the names of the people one works with', async () => {
    const names = async (personId: string) =>
      (await api.as(personId).people.names.query()).map((person) => person.id);
    // Eva takes part in Anna's programme: she sees its people, not Dana, who leads another.
    expect(await names(participant)).toEqual(expect.arrayContaining([leader, coordinator, participant]));
    expect(await names(participant)).not.toContain(management);
    // A project leader picks owners and members among everyone.
    expect(await names(leader)).toContain(management);
  });

  it('offers the people to pick in development sign-in, and says who is signed in', async () => {
    const pickable = await api.as().session.people.query();
    expect(pickable.map((person) => person.id)).toContain(leader);
    expect(await api.as().session.me.query()).toBeNull();
    const me = await api.as(leader).session.me.query();
    expect(me).toMatchObject({
      person: { id: leader, name: 'Anna de Vries' },
      via: 'development',
      mode: 'development',
    });
    expect(me?.memberships).toContainEqual({ scope: 'programme', scopeId: own, role: 'projectLeader' });
  });
});
