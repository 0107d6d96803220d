import { Client } from '@temporalio/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyCycleEvents, tables } from '@leercyclus/db';
import { cycleEventsFor } from '@leercyclus/db/testing';
import { failureOf, startApi, type RunningApi } from '../support/api.js';
import { grantParts, people } from '../support/people.js';
import { testRecord, type TestRecord } from '../support/record.js';

const { leader: projectLeader, coordinator, monitor, participant, management, administrator } = people;

const programme = {
  id: 'proeftuin-west-zuid',
  name: 'Proeftuin samenspel in de wijk',
  projectLeader,
  districts: ['West', 'Zuid'],
  managementTable: 'mt-jeugd',
};

/** Every call must be refused with BAD_REQUEST naming `field`. */
async function expectRefused(call: Promise<unknown>, field: string): Promise<void> {
  const failure = await failureOf(call);
  expect(failure.data?.code).toBe('BAD_REQUEST');
  expect(failure.message).toContain(`${field}:`);
  expect(failure.data).toMatchObject({ fieldErrors: [expect.objectContaining({ path: field })] });
}

// These procedures read and write the record only; the API's Temporal client never connects.
describe('programmes, partners and the agenda through the API', () => {
  let record: TestRecord;
  let api: RunningApi;

  beforeAll(async () => {
    record = await testRecord();
    api = await startApi(new Client(), record.db);
    await grantParts(record.db, { programmes: [programme.id] });
  });

  afterAll(async () => {
    await api?.server.close();
    await record?.close();
  });

  const rows = (table: Parameters<TestRecord['db']['$count']>[0]) => record.db.$count(table);

  it('lets a project leader create a programme that everyone in it can read, and lead it', async () => {
    const created = await api.as(projectLeader).programmes.create.mutate(programme);
    expect(created).toMatchObject({ ...programme, createdBy: projectLeader });
    expect(created.questionCategories).toContain('collaborationWithPartners');
    expect(await api.as(participant).programmes.get.query({ id: programme.id })).toEqual(created);
    expect(await api.as(monitor).programmes.list.query()).toEqual([created]);
    const members = await api
      .as(projectLeader)
      .memberships.list.query({ scope: 'programme', scopeId: programme.id });
    expect(members.find((m) => m.person.id === projectLeader)?.roles).toContain('projectLeader');
  });

  it('lets an administrator set up a programme for the project leader it names, who alone leads it', async () => {
    const created = await api
      .as(administrator)
      .programmes.create.mutate({ ...programme, id: 'beheerd', projectLeader: management });
    expect(created).toMatchObject({ id: 'beheerd', projectLeader: management, createdBy: administrator });
    const members = await api
      .as(management)
      .memberships.list.query({ scope: 'programme', scopeId: 'beheerd' });
    expect(members.map((m) => [m.person.id, m.roles])).toEqual([[management, ['projectLeader']]]);
    // Only the programmes one belongs to are listed; the administrator sees them all.
    expect((await api.as(participant).programmes.list.query()).map((p) => p.id)).toEqual([programme.id]);
    expect((await api.as(administrator).programmes.list.query()).map((p) => p.id).sort()).toEqual(
      ['beheerd', programme.id].sort(),
    );
    const unknown = await failureOf(
      api
        .as(administrator)
        .programmes.create.mutate({ ...programme, id: 'x5', projectLeader: 'niemand.bekend' }),
    );
    expect(unknown.data?.code).toBe('BAD_REQUEST');
    expect(unknown.data).toMatchObject({ fieldErrors: [{ path: 'projectLeader' }] });
  });

  it('refuses a programme from another role, or from no one', async () => {
    const input = { ...programme, id: 'rollen' };
    expect((await failureOf(api.as(coordinator).programmes.create.mutate(input))).data?.code).toBe(
      'FORBIDDEN',
    );
    expect((await failureOf(api.as(participant).programmes.create.mutate(input))).data?.code).toBe(
      'FORBIDDEN',
    );
    expect((await failureOf(api.as().programmes.list.query())).data?.code).toBe('UNAUTHORIZED');
    expect(await rows(tables.programmes)).toBe(2);
  });

  it('refuses malformed programmes with the field named, and writes nothing', async () => {
    const auditBefore = await rows(tables.auditLog);
    const client = api.as(projectLeader);
    await expectRefused(client.programmes.create.mutate({ ...programme, id: 'Proeftuin West' }), 'id');
    await expectRefused(
      client.programmes.create.mutate({ ...programme, id: 'x2', districts: [] }),
      'districts',
    );
    await expectRefused(
      client.programmes.create.mutate({
        ...programme,
        id: 'x3',
        name: 'Proeftuin, vragen aan a.b@gemeente.nl',
      }),
      'name',
    );
    await expectRefused(
      client.programmes.create.mutate({ ...programme, id: 'x4', questionCategories: ['veiligheid!'] }),
      'questionCategories.0',
    );
    const duplicate = await failureOf(client.programmes.create.mutate(programme));
    expect(duplicate.data?.code).toBe('CONFLICT');
    expect(duplicate.data).toMatchObject({ fieldErrors: [{ path: 'id' }] });
    expect(await rows(tables.programmes)).toBe(2);
    expect(await rows(tables.auditLog)).toBe(auditBefore);
  });

  it('answers NOT_FOUND for a programme that does not exist', async () => {
    const failure = await failureOf(api.as(participant).programmes.get.query({ id: 'onbekend' }));
    expect(failure.data?.code).toBe('NOT_FOUND');
  });

  it('lets its project leader rename a category and add a district, keeping the rename; others are refused', async () => {
    const leader = api.as(projectLeader);
    const before = await leader.programmes.get.query({ id: programme.id });
    const categories = before.questionCategories.map((code) =>
      code === 'education' ? 'schoolAndSwt' : code,
    );
    const updated = await leader.programmes.update.mutate({
      id: programme.id,
      districts: ['West', 'Zuid', 'Noord'],
      questionCategories: categories,
      categoryRenames: [{ from: 'education', to: 'schoolAndSwt' }],
    });
    expect(updated.districts).toEqual(['West', 'Zuid', 'Noord']);
    expect(updated.categoryRenames).toEqual([
      expect.objectContaining({ from: 'education', to: 'schoolAndSwt', by: projectLeader }),
    ]);
    expect(await api.as(participant).programmes.get.query({ id: programme.id })).toEqual(updated);

    expect(
      (await failureOf(api.as(coordinator).programmes.update.mutate({ id: programme.id, name: 'Ander' })))
        .data?.code,
    ).toBe('FORBIDDEN');
    // Refusals for bad input leave nothing behind (the refused access above is itself on the trail).
    const auditBefore = await rows(tables.auditLog);
    await expectRefused(
      leader.programmes.update.mutate({ id: programme.id, districts: ['West'] }),
      'districts',
    );
    await expectRefused(leader.programmes.update.mutate({ id: programme.id, name: '' }), 'name');
    expect(await rows(tables.auditLog)).toBe(auditBefore);
  });

  it('lists partner organisations with their attendance from the recorded sessions', async () => {
    const client = api.as(coordinator);
    const { id } = await client.partners.upsert.mutate({
      name: 'Jeugdhulp Noord',
      kind: 'youthCareProvider',
      ring: 'core',
    });
    await api
      .as(projectLeader)
      .partners.upsert.mutate({ name: 'Politie West', kind: 'police', ring: 'outer' });
    const events = cycleEventsFor(programme.id, 1);
    await applyCycleEvents(record.db, [
      events.cycle(),
      events.heldSession('2026-01-08', 'West', { organisations: ['Jeugdhulp Noord'] }),
      events.heldSession('2026-01-15', 'West', { organisations: ['jeugdhulp noord'] }),
    ]);
    expect(await api.as(participant).partners.list.query()).toEqual([
      {
        id,
        name: 'Jeugdhulp Noord',
        kind: 'youthCareProvider',
        ring: 'core',
        occurrencesAttended: 2,
        lastAttendedOn: '2026-01-15',
      },
      expect.objectContaining({ name: 'Politie West', occurrencesAttended: 0, lastAttendedOn: null }),
    ]);
  });

  it('refuses partner changes from other roles and malformed ones, writing nothing', async () => {
    const before = await rows(tables.partnerOrganisations);
    const input = { name: 'Basisschool De Wilg', kind: 'primaryEducation', ring: 'flexibleShell' } as const;
    expect((await failureOf(api.as(monitor).partners.upsert.mutate(input))).data?.code).toBe('FORBIDDEN');
    expect((await failureOf(api.as(participant).partners.upsert.mutate(input))).data?.code).toBe('FORBIDDEN');
    const client = api.as(coordinator);
    // @ts-expect-error a kind the domain does not know
    await expectRefused(client.partners.upsert.mutate({ ...input, kind: 'school' }), 'kind');
    await expectRefused(client.partners.upsert.mutate({ ...input, name: ' ' }), 'name');
    expect(await rows(tables.partnerOrganisations)).toBe(before);
  });

  it('searches the agenda and counts questions per category per cycle', async () => {
    const first = cycleEventsFor(programme.id, 2);
    await applyCycleEvents(record.db, [
      first.cycle(),
      first.question({ number: 1, text: 'Hoe betrekken we de school?', category: 'education' }),
      first.question({
        number: 2,
        text: 'Wie draagt de veiligheid?',
        category: 'safety',
        status: 'exploring',
      }),
    ]);
    const found = await api
      .as(participant)
      .agenda.search.query({ programmeId: programme.id, text: 'school' });
    expect(found.map((q) => [q.cycleId, q.number, q.text])).toEqual([
      ['cycle/proeftuin-west-zuid/2', 1, 'Hoe betrekken we de school?'],
    ]);
    expect(await api.as(monitor).agenda.search.query({ status: 'exploring' })).toHaveLength(1);
    expect(await api.as(coordinator).agenda.byCategory.query({ programmeId: programme.id })).toEqual([
      {
        cycleId: 'cycle/proeftuin-west-zuid/2',
        cycleNumber: 2,
        cycleTitle: 'Cyclus 2',
        category: 'education',
        questions: 1,
      },
      {
        cycleId: 'cycle/proeftuin-west-zuid/2',
        cycleNumber: 2,
        cycleTitle: 'Cyclus 2',
        category: 'safety',
        questions: 1,
      },
    ]);
  });

  it('refuses malformed agenda searches with the field named, and anonymous ones', async () => {
    const client = api.as(participant);
    // @ts-expect-error a status the agenda does not know
    await expectRefused(client.agenda.search.query({ status: 'done' }), 'status');
    await expectRefused(client.agenda.search.query({ category: 'not a category' }), 'category');
    await expectRefused(client.agenda.search.query({ limit: 0 }), 'limit');
    await expectRefused(client.agenda.byCategory.query({ programmeId: 'Proeftuin!' }), 'programmeId');
    expect((await failureOf(api.as().agenda.search.query({}))).data?.code).toBe('UNAUTHORIZED');
  });
});
