import { Client } from '@temporalio/client';
import { and, eq, ne } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tables } from '@leercyclus/db';
import type { CaseRegisterInput } from '@leercyclus/domain';
import { failureOf, startApi, type RunningApi } from '../support/api.js';
import { grantParts, people } from '../support/people.js';
import { testRecord, type TestRecord } from '../support/record.js';

const { leader: projectLeader, coordinator, monitor, management, participant } = people;

const aCase: CaseRegisterInput = {
  programmeId: 'casussen',
  code: 'W-2026-001',
  district: 'West',
  novelty: 'new',
  ageGroup: '4-11',
  themes: ['separationConflict'],
  broughtInBy: { organisation: 'SWT West', role: 'gezinscoach' },
  methodSteps: ['genogram', 'systemogram'],
  counterfactual: { care: 'youthMentalHealthCare' },
  doneInstead: ['ownEffortSwt'],
  notes: null,
};

/** Input a client should never send, sent all the same. */
const malformed = (changes: Record<string, unknown>): CaseRegisterInput => ({ ...aCase, ...changes });

// These procedures read and write the record only; the API's Temporal client never connects.
describe('cases through the API', () => {
  let record: TestRecord;
  let api: RunningApi;

  beforeAll(async () => {
    record = await testRecord();
    api = await startApi(new Client(), record.db);
    // Parts in a programme that was never registered too: the record, not the access check, says it is not there.
    await grantParts(record.db, { programmes: ['casussen', 'onbekend'] });
    await api.as(projectLeader).programmes.create.mutate({
      id: 'casussen',
      name: 'Proeftuin casussen',
      projectLeader,
      districts: ['West', 'Zuid'],
      managementTable: 'mt-jeugd',
    });
  });

  afterAll(async () => {
    await api?.server.close();
    await record?.close();
  });

  /** What the record holds of cases; a refused call leaves only the audit log's note of its refusal. */
  const written = async () => ({
    cases: await record.db.$count(tables.cases),
    audit: await record.db.$count(tables.auditLog, ne(tables.auditLog.action, 'refused')),
  });

  it('registers, updates and closes a case, each audited with who did it', async () => {
    const client = api.as(monitor);
    const registered = await client.cases.register.mutate(aCase);
    expect(registered).toMatchObject({
      code: 'W-2026-001',
      status: 'open',
      counterfactual: { care: 'youthMentalHealthCare', amountEur: 8_000 },
      registeredBy: monitor,
    });
    expect(
      (await client.cases.update.mutate({ programmeId: 'casussen', code: 'W-2026-001', ageGroup: '12-15' }))
        .ageGroup,
    ).toBe('12-15');
    const closed = await api.as(projectLeader).cases.close.mutate({
      programmeId: 'casussen',
      code: 'W-2026-001',
      reason: 'goalsReached',
      closedOn: '2026-03-20',
    });
    expect(closed).toMatchObject({
      status: 'closed',
      closed: { reason: 'goalsReached', on: '2026-03-20', note: null },
    });
    const audit = await record.db
      .select()
      .from(tables.auditLog)
      .where(and(eq(tables.auditLog.recordType, 'case'), eq(tables.auditLog.recordId, 'casussen/W-2026-001')))
      .orderBy(tables.auditLog.id);
    expect(audit.map((entry) => [entry.actor, entry.action])).toEqual([
      [monitor, 'register'],
      [monitor, 'update'],
      [projectLeader, 'close'],
    ]);
  });

  it('reports the figures by hand: 8,000 + 10,000 + 0 avoided over three closed cases', async () => {
    const client = api.as(monitor);
    await client.cases.register.mutate({
      ...aCase,
      code: 'Z-2026-001',
      district: 'Zuid',
      counterfactual: { care: 'intensiveAmbulantHelp' },
    });
    await client.cases.register.mutate({
      ...aCase,
      code: 'Z-2026-002',
      district: 'Zuid',
      novelty: 'existing',
      ageGroup: '16-17',
    });
    await client.cases.register.mutate({
      ...aCase,
      code: 'W-2026-002',
      counterfactual: { care: 'other', amountEur: 3_000 },
    });
    const close = (code: string, reason: 'goalsReached' | 'referredToSpecialisedCare') =>
      client.cases.close.mutate({ programmeId: 'casussen', code, reason, closedOn: '2026-03-31' });
    await close('Z-2026-001', 'goalsReached');
    await close('Z-2026-002', 'referredToSpecialisedCare');

    const stats = await api.as(projectLeader).cases.stats.query({ programmeId: 'casussen' });
    // Closed: W-2026-001 8,000, Z-2026-001 10,000, Z-2026-002 referred after all 0 = 18,000 / 3 = 6,000 a case.
    expect(stats).toEqual({
      programmeId: 'casussen',
      cases: 4,
      byDistrict: { West: 2, Zuid: 2 },
      byAgeGroup: { '12-15': 1, '4-11': 2, '16-17': 1 },
      byNovelty: { new: 3, existing: 1 },
      byStatus: { closed: 3, open: 1 },
      avoidedCost: {
        perCase: [
          { code: 'W-2026-001', avoidedEur: 8_000 },
          { code: 'W-2026-002', avoidedEur: 0 },
          { code: 'Z-2026-001', avoidedEur: 10_000 },
          { code: 'Z-2026-002', avoidedEur: 0 },
        ],
        totalEur: 18_000,
        closedCases: 3,
        perClosedCaseEur: 6_000,
      },
    });
    const [read] = await record.db
      .select()
      .from(tables.auditLog)
      .where(and(eq(tables.auditLog.recordType, 'caseStatistics'), eq(tables.auditLog.actor, projectLeader)));
    expect(read).toMatchObject({ action: 'read', recordId: 'casussen' });
    expect(read!.details).toMatchObject({
      caseCodes: ['W-2026-001', 'W-2026-002', 'Z-2026-001', 'Z-2026-002'],
    });
  });

  it('refuses personal data with the field and the reason, and writes nothing', async () => {
    const before = await written();
    const client = api.as(monitor);
    const refusals: [Record<string, unknown>, string, RegExp][] = [
      [{ notes: 'BSN 111222333, moeder bekend' }, 'notes', /BSN/],
      [{ notes: 'geboren op 03-04-2014' }, 'notes', /date of birth/],
      [{ broughtInBy: { organisation: 'SWT', role: 'j.devries@swt.nl' } }, 'broughtInBy.role', /e-mail/],
      [{ code: '14-03-2014' }, 'code', /date of birth/],
    ];
    for (const [change, field, reason] of refusals) {
      const failure = await failureOf(
        client.cases.register.mutate(malformed({ code: 'W-2026-050', ...change })),
      );
      expect(failure.data?.code).toBe('BAD_REQUEST');
      const fieldErrors = failure.data && 'fieldErrors' in failure.data ? failure.data.fieldErrors : [];
      expect(fieldErrors.map((error) => error.path)).toContain(field);
      expect(failure.message).toMatch(reason);
    }
    const update = await failureOf(
      client.cases.update.mutate({
        programmeId: 'casussen',
        code: 'W-2026-002',
        notes: 'mail naar vader@example.org',
      }),
    );
    expect(update.data).toMatchObject({ fieldErrors: [expect.objectContaining({ path: 'notes' })] });
    expect(await written()).toEqual(before);
  });

  it('refuses malformed and impossible cases with the field named, and writes nothing', async () => {
    const before = await written();
    const client = api.as(monitor);
    const failures = [
      [
        await failureOf(client.cases.register.mutate(malformed({ code: 'W-9', ageGroup: '5-10' }))),
        'ageGroup',
        'BAD_REQUEST',
      ],
      [
        await failureOf(client.cases.register.mutate(malformed({ code: 'W-9', themes: [] }))),
        'themes',
        'BAD_REQUEST',
      ],
      [
        await failureOf(client.cases.register.mutate({ ...aCase, code: 'W-9', district: 'Oost' })),
        'district',
        'BAD_REQUEST',
      ],
      [
        await failureOf(client.cases.register.mutate(malformed({ counterfactual: { care: 'other' } }))),
        'counterfactual.amountEur',
        'BAD_REQUEST',
      ],
      [await failureOf(client.cases.register.mutate(aCase)), 'code', 'CONFLICT'],
      [
        await failureOf(client.cases.register.mutate({ ...aCase, programmeId: 'onbekend' })),
        'programmeId',
        'NOT_FOUND',
      ],
      [
        await failureOf(
          client.cases.close.mutate({
            programmeId: 'casussen',
            code: 'W-2026-001',
            reason: 'other',
            closedOn: '2026-04-01',
          }),
        ),
        'code',
        'CONFLICT',
      ],
      [
        await failureOf(client.cases.update.mutate({ programmeId: 'casussen', code: 'W-2026-001' })),
        '',
        'BAD_REQUEST',
      ],
    ] as const;
    for (const [failure, field, code] of failures) {
      expect(failure.data?.code).toBe(code);
      expect(failure.data).toMatchObject({ fieldErrors: [expect.objectContaining({ path: field })] });
    }
    expect(await written()).toEqual(before);
  });

  it("lets only the programme's monitors and project leader work with cases, and keeps them from others", async () => {
    const before = await written();
    const input = { ...aCase, code: 'W-2026-077' };
    for (const person of [coordinator, participant]) {
      expect((await failureOf(api.as(person).cases.register.mutate(input))).data?.code).toBe('FORBIDDEN');
    }
    expect(
      (await failureOf(api.as(participant).cases.stats.query({ programmeId: 'casussen' }))).data?.code,
    ).toBe('FORBIDDEN');
    // Someone outside the programme does not even learn it exists.
    const outside = await failureOf(api.as(management).cases.stats.query({ programmeId: 'casussen' }));
    expect(outside.data?.code).toBe('NOT_FOUND');
    expect(outside.message).not.toContain('W-2026');
    const refusals = await record.db
      .select()
      .from(tables.auditLog)
      .where(and(eq(tables.auditLog.action, 'refused'), eq(tables.auditLog.recordId, 'cases.register')));
    expect(refusals.map((entry) => entry.actor).sort()).toEqual([coordinator, participant].sort());
    expect((await failureOf(api.as().cases.stats.query({ programmeId: 'casussen' }))).data?.code).toBe(
      'UNAUTHORIZED',
    );
    expect(await written()).toEqual(before);
  });
});
