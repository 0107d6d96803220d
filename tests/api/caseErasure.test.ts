import { Client } from '@temporalio/client';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tables } from '@leercyclus/db';
import { seedPeople } from '@leercyclus/db/testing';
import { failureOf, startApi, type RunningApi } from '../support/api.js';
import { grantParts, people } from '../support/people.js';
import { testRecord, type TestRecord } from '../support/record.js';

const { leader, monitor } = people;
const officer = 'fg.privacy';
const programmeId = 'wissen';
const aCase = (code: string) => ({
  programmeId,
  code,
  district: 'West',
  novelty: 'new' as const,
  ageGroup: '4-11' as const,
  themes: ['school' as const],
  broughtInBy: { organisation: 'SWT West', role: 'gezinscoach' },
  counterfactual: { care: 'youthMentalHealthCare' as const },
  notes: 'Moeder vraagt zelf om wissen.',
});

// Cases live in the record only; the API's Temporal client never connects.
describe('erasing a case on request, through the API', () => {
  let record: TestRecord;
  let api: RunningApi;

  beforeAll(async () => {
    record = await testRecord();
    api = await startApi(new Client(), record.db);
    await grantParts(record.db, { programmes: [programmeId] });
    await seedPeople(
      record.db,
      [{ id: officer, name: 'Fenna Groen', email: 'fg@example.org', organisation: 'Gemeente', active: true }],
      [{ personId: officer, scope: 'installation', scopeId: 'installation', role: 'dataProtectionOfficer' }],
    );
    await api.as(leader).programmes.create.mutate({
      id: programmeId,
      name: 'Proeftuin wissen',
      projectLeader: leader,
      districts: ['West'],
      managementTable: 'mt-jeugd',
    });
    await api.as(monitor).cases.register.mutate(aCase('W-2026-101'));
    await api.as(monitor).cases.register.mutate(aCase('W-2026-102'));
  });

  afterAll(async () => {
    await api?.server.close();
    await record?.close();
  });

  it('is not for the monitor who records cases', async () => {
    const refused = await failureOf(api.as(monitor).cases.erase.mutate({ programmeId, code: 'W-2026-101' }));
    expect(refused.data?.code).toBe('FORBIDDEN');
    expect(await record.db.$count(tables.cases)).toBe(2);
  });

  it("is for the installation's data-protection officer, and the audit trail says who, without the code", async () => {
    expect(await api.as(officer).cases.erase.mutate({ programmeId, code: 'W-2026-101' })).toEqual({
      sessionLinks: 0,
      texts: 0,
    });
    const left = await api.as(leader).cases.stats.query({ programmeId });
    expect(left.avoidedCost.perCase.map((c) => c.code)).toEqual(['W-2026-102']);
    const [entry, ...more] = await record.db
      .select()
      .from(tables.auditLog)
      .where(eq(tables.auditLog.action, 'erase'));
    expect(more).toEqual([]);
    expect(entry).toMatchObject({ actor: officer, recordType: 'case' });
    expect(JSON.stringify(entry)).not.toContain('W-2026-101');
  });

  it("is for the programme's project leader, and a case erased is not found again", async () => {
    await api.as(leader).cases.erase.mutate({ programmeId, code: 'W-2026-102' });
    const again = await failureOf(api.as(leader).cases.erase.mutate({ programmeId, code: 'W-2026-102' }));
    expect(again.data?.code).toBe('NOT_FOUND');
    expect(again.message).toContain('W-2026-102');
    expect(await record.db.$count(tables.cases)).toBe(0);
  });
});
