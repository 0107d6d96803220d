import { and, desc, eq } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import {
  caseCloseInputSchema,
  caseListInputSchema,
  caseRegisterInputSchema,
  caseUpdateInputSchema,
} from '@leercyclus/domain';
import { auditLog, cases } from '../schema/index.js';
import { aProgramme, eachBackend } from '../testing/index.js';
import { closeCase, listCases, registerCase, updateCase } from './cases.js';
import { caseStats } from './caseStats.js';

const monitor = { userId: 'chris.monitor' };

/**
 * The worked example, by hand. Fourteen closed cases:
 *   W-01..W-03 youth mental-health care, standard 8,000 each      24,000
 *   W-04, W-05 youth mental-health care at 9,000 and 7,000         16,000
 *   Z-01, Z-02 intensive ambulant help, 10,000 each                20,000
 *   Z-03       both, 17,500, continued in basic support            17,500
 *   Z-04..Z-06 nothing would have been deployed                         0
 *   W-06       referred to specialised care after all (8,000)          0
 *   W-07       moved away (10,000)                                      0
 *   Z-07       other care at 1,500, closed for another reason          0
 *   total                                                          77,500  = about EUR 80,000
 *   per closed case  77,500 / 14 = 5,535.71                         5,536  = about EUR 5,500
 * and two open cases (W-08, Z-08) that count for nothing yet.
 */
const workedExample: [code: string, care: string, amountEur: number | undefined, reason: string | null][] = [
  ['W-01', 'youthMentalHealthCare', undefined, 'goalsReached'],
  ['W-02', 'youthMentalHealthCare', undefined, 'goalsReached'],
  ['W-03', 'youthMentalHealthCare', undefined, 'continuedInBasicSupport'],
  ['W-04', 'youthMentalHealthCare', 9_000, 'goalsReached'],
  ['W-05', 'youthMentalHealthCare', 7_000, 'goalsReached'],
  ['Z-01', 'intensiveAmbulantHelp', undefined, 'goalsReached'],
  ['Z-02', 'intensiveAmbulantHelp', undefined, 'goalsReached'],
  ['Z-03', 'youthMentalHealthAndIntensiveAmbulant', undefined, 'continuedInBasicSupport'],
  ['Z-04', 'none', undefined, 'goalsReached'],
  ['Z-05', 'none', undefined, 'goalsReached'],
  ['Z-06', 'none', undefined, 'goalsReached'],
  ['W-06', 'youthMentalHealthCare', undefined, 'referredToSpecialisedCare'],
  ['W-07', 'intensiveAmbulantHelp', undefined, 'movedAway'],
  ['Z-07', 'other', 1_500, 'other'],
  ['W-08', 'youthMentalHealthCare', undefined, null],
  ['Z-08', 'youthMentalHealthAndIntensiveAmbulant', undefined, null],
];

const ageGroups = ['0-3', '4-11', '12-15', '16-17', '18-23'];

eachBackend('cases', (current) => {
  beforeAll(async () => {
    const { db } = current();
    await aProgramme(db, 'proeftuin');
    await aProgramme(db, 'andere');
    for (const [index, [code, care, amountEur, reason]] of workedExample.entries()) {
      await registerCase(
        db,
        monitor,
        caseRegisterInputSchema.parse({
          programmeId: 'proeftuin',
          code,
          district: code.startsWith('W') ? 'West' : 'Zuid',
          novelty: index % 4 === 0 ? 'existing' : 'new',
          ageGroup: ageGroups[index % ageGroups.length],
          themes: ['separationConflict'],
          broughtInBy: { organisation: 'SWT', role: 'gezinscoach' },
          methodSteps: ['genogram', 'fiveHypotheses'],
          counterfactual: { care, amountEur },
          doneInstead: ['ownEffortSwt'],
        }),
      );
      if (reason) {
        await closeCase(
          db,
          monitor,
          caseCloseInputSchema.parse({ programmeId: 'proeftuin', code, reason, closedOn: '2026-03-31' }),
        );
      }
    }
  });

  it('reports the avoided cost of the worked example', async () => {
    const stats = await caseStats(
      current().db,
      { userId: 'anna.projectleider' },
      { programmeId: 'proeftuin' },
    );
    expect(stats.avoidedCost).toMatchObject({ totalEur: 77_500, closedCases: 14, perClosedCaseEur: 5_536 });
    expect(stats.avoidedCost.perCase.find((c) => c.code === 'W-04')).toEqual({
      code: 'W-04',
      avoidedEur: 9_000,
    });
    expect(stats.avoidedCost.perCase.find((c) => c.code === 'W-06')).toEqual({ code: 'W-06', avoidedEur: 0 });
    expect(stats.avoidedCost.perCase.find((c) => c.code === 'W-08')).toEqual({ code: 'W-08', avoidedEur: 0 });
    expect(stats).toMatchObject({
      cases: 16,
      byDistrict: { West: 8, Zuid: 8 },
      byStatus: { closed: 14, open: 2 },
      byNovelty: { existing: 4, new: 12 },
      byAgeGroup: { '0-3': 4, '4-11': 3, '12-15': 3, '16-17': 3, '18-23': 3 },
    });
  });

  it('narrows the figures to a district', async () => {
    const stats = await caseStats(
      current().db,
      { userId: 'anna.projectleider' },
      { programmeId: 'proeftuin', district: 'Zuid' },
    );
    // 10,000 + 10,000 + 17,500 over Z-01..Z-07, seven closed cases: 37,500 / 7 = 5,357.14.
    expect(stats.avoidedCost).toMatchObject({ totalEur: 37_500, closedCases: 7, perClosedCaseEur: 5_357 });
  });

  it('audits every read of case data with the codes it covered, and who asked for whom', async () => {
    const { db } = current();
    await caseStats(
      db,
      { userId: 'bram.coordinator', onBehalfOf: 'anna.projectleider' },
      { programmeId: 'andere' },
    );
    const [entry] = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.recordType, 'caseStatistics'), eq(auditLog.recordId, 'andere')));
    expect(entry).toMatchObject({
      actor: 'bram.coordinator',
      onBehalfOf: 'anna.projectleider',
      action: 'read',
      details: { district: null, caseCodes: [] },
    });
    const reads = await db.select().from(auditLog).where(eq(auditLog.recordType, 'caseStatistics'));
    const covered = reads.find((r) => r.recordId === 'proeftuin')?.details.caseCodes;
    expect(covered).toEqual(expect.arrayContaining(['W-01', 'Z-08']));
  });

  it('updates the fields given, keeps the rest, and refigures the amount only when the care changes', async () => {
    const { db } = current();
    const updated = await updateCase(
      db,
      monitor,
      caseUpdateInputSchema.parse({
        programmeId: 'proeftuin',
        code: 'W-08',
        ageGroup: '12-15',
        themes: ['school'],
      }),
    );
    expect(updated).toMatchObject({
      ageGroup: '12-15',
      themes: ['school'],
      district: 'West',
      counterfactual: { care: 'youthMentalHealthCare', amountEur: 8_000 },
    });
    const changedCare = await updateCase(
      db,
      monitor,
      caseUpdateInputSchema.parse({
        programmeId: 'proeftuin',
        code: 'W-08',
        counterfactual: { care: 'intensiveAmbulantHelp' },
      }),
    );
    expect(changedCare.counterfactual).toEqual({ care: 'intensiveAmbulantHelp', amountEur: 10_000 });
    const [entry] = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'update'), eq(auditLog.recordId, 'proeftuin/W-08')));
    expect(entry!.details).toEqual({ fields: ['ageGroup', 'themes'] });
  });

  it('lists the cases filtered, auditing the codes it showed', async () => {
    const { db } = current();
    const list = (filters: Record<string, unknown>) =>
      listCases(db, monitor, caseListInputSchema.parse({ programmeId: 'proeftuin', ...filters }));
    expect((await list({})).map((c) => c.code)).toHaveLength(workedExample.length);
    const openInWest = await list({ district: 'West', status: 'open' });
    expect(openInWest.map((c) => c.code)).toEqual(['W-08']);
    const [entry] = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'list'), eq(auditLog.recordType, 'case')))
      .orderBy(desc(auditLog.id))
      .limit(1);
    expect(entry!.details).toEqual({ filters: { district: 'West', status: 'open' }, caseCodes: ['W-08'] });
  });

  it('closes a case with what was done instead, such as parents paying themselves or a GP referral', async () => {
    const { db } = current();
    await registerCase(
      db,
      monitor,
      caseRegisterInputSchema.parse({
        programmeId: 'andere',
        code: 'Z-50',
        district: 'Zuid',
        novelty: 'new',
        ageGroup: '12-15',
        themes: ['school'],
        broughtInBy: { organisation: 'SWT', role: 'gezinscoach' },
        counterfactual: { care: 'youthMentalHealthCare' },
      }),
    );
    const closed = await closeCase(
      db,
      monitor,
      caseCloseInputSchema.parse({
        programmeId: 'andere',
        code: 'Z-50',
        reason: 'goalsReached',
        closedOn: '2026-04-01',
        doneInstead: ['parentsPayThemselves', 'gpReferral'],
      }),
    );
    expect(closed).toMatchObject({
      status: 'closed',
      doneInstead: ['parentsPayThemselves', 'gpReferral'],
      closed: { reason: 'goalsReached', on: '2026-04-01' },
    });
  });

  it('refuses what the record cannot hold, naming the field, and writes nothing', async () => {
    const { db } = current();
    const before = { cases: await db.$count(cases), audit: await db.$count(auditLog) };
    const register = (fields: Record<string, unknown>) =>
      registerCase(
        db,
        monitor,
        caseRegisterInputSchema.parse({
          programmeId: 'proeftuin',
          code: 'W-99',
          district: 'West',
          novelty: 'new',
          ageGroup: '4-11',
          themes: ['safety'],
          broughtInBy: { organisation: 'SWT', role: 'gezinscoach' },
          counterfactual: { care: 'none' },
          ...fields,
        }),
      );
    await expect(register({ code: 'W-01' })).rejects.toMatchObject({ kind: 'conflict', field: 'code' });
    await expect(register({ district: 'Oost' })).rejects.toMatchObject({
      kind: 'invalid',
      field: 'district',
    });
    await expect(register({ programmeId: 'onbekend' })).rejects.toMatchObject({
      kind: 'notFound',
      field: 'programmeId',
    });
    await expect(
      closeCase(
        db,
        monitor,
        caseCloseInputSchema.parse({
          programmeId: 'proeftuin',
          code: 'W-01',
          reason: 'other',
          closedOn: '2026-04-01',
        }),
      ),
    ).rejects.toMatchObject({ kind: 'conflict', field: 'code' });
    await expect(
      updateCase(
        db,
        monitor,
        caseUpdateInputSchema.parse({ programmeId: 'proeftuin', code: 'X-404', ageGroup: '0-3' }),
      ),
    ).rejects.toMatchObject({ kind: 'notFound', field: 'code' });
    expect({ cases: await db.$count(cases), audit: await db.$count(auditLog) }).toEqual(before);
  });
});
