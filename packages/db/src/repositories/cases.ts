import { and, asc, eq, sql } from 'drizzle-orm';
import {
  counterfactualAmountOf,
  type CaseCloseInput,
  type CaseListInput,
  type CaseRecord,
  type CaseRegisterInput,
  type CaseUpdateInput,
} from '@leercyclus/domain';
import { audited, type Actor } from '../audit.js';
import type { Db } from '../database.js';
import { RecordError } from '../errors.js';
import { cases } from '../schema/index.js';
import { assertProgrammeDistrict, caseRecordOf, findCase } from './caseRecords.js';
import { getProgramme } from './programmes.js';

const caseRecordId = (programmeId: string, code: string) => `${programmeId}/${code}`;

type CaseFields = Omit<CaseRegisterInput, 'programmeId' | 'code'>;

function caseColumns(fields: CaseFields) {
  return {
    district: fields.district,
    novelty: fields.novelty,
    ageGroup: fields.ageGroup,
    themes: fields.themes,
    broughtInByOrganisation: fields.broughtInBy.organisation,
    broughtInByRole: fields.broughtInBy.role,
    methodSteps: fields.methodSteps,
    counterfactualCare: fields.counterfactual.care,
    counterfactualAmountEur: counterfactualAmountOf(fields.counterfactual),
    doneInstead: fields.doneInstead,
    notes: fields.notes,
  };
}

export function registerCase(db: Db, actor: Actor, input: CaseRegisterInput): Promise<CaseRecord> {
  return audited(db, actor, async (tx) => {
    await assertProgrammeDistrict(tx, input.programmeId, input.district);
    const { programmeId, code, ...fields } = input;
    const [row] = await tx
      .insert(cases)
      .values({ programmeId, code, registeredBy: actor.userId, ...caseColumns(fields) })
      .onConflictDoNothing()
      .returning();
    if (!row)
      throw new RecordError('conflict', `Programme ${programmeId} already has a case ${code}.`, 'code');
    return {
      result: caseRecordOf(row),
      audit: {
        operation: 'create',
        action: 'register',
        recordType: 'case',
        recordId: caseRecordId(programmeId, code),
      },
    };
  });
}

export function updateCase(db: Db, actor: Actor, input: CaseUpdateInput): Promise<CaseRecord> {
  return audited(db, actor, async (tx) => {
    const { programmeId, code, ...changes } = input;
    const existing = await findCase(tx, programmeId, code);
    if (changes.district !== undefined) await assertProgrammeDistrict(tx, programmeId, changes.district);
    // The changed fields over the recorded ones; a kept counterfactual keeps its recorded amount.
    const fields = { ...caseRecordOf(existing), ...changes };
    const [row] = await tx
      .update(cases)
      .set({ ...caseColumns(fields), updatedAt: sql`now()` })
      .where(eq(cases.id, existing.id))
      .returning();
    return {
      result: caseRecordOf(row!),
      audit: {
        action: 'update',
        recordType: 'case',
        recordId: caseRecordId(programmeId, code),
        details: { fields: Object.keys(changes) },
      },
    };
  });
}

export function closeCase(db: Db, actor: Actor, input: CaseCloseInput): Promise<CaseRecord> {
  return audited(db, actor, async (tx) => {
    const existing = await findCase(tx, input.programmeId, input.code);
    if (existing.status === 'closed') {
      throw new RecordError('conflict', `Case ${input.code} was closed on ${existing.closedOn}.`, 'code');
    }
    const [row] = await tx
      .update(cases)
      .set({
        status: 'closed',
        closeReason: input.reason,
        closedOn: input.closedOn,
        closeNote: input.note,
        ...(input.doneInstead ? { doneInstead: input.doneInstead } : {}),
        updatedAt: sql`now()`,
      })
      .where(eq(cases.id, existing.id))
      .returning();
    return {
      result: caseRecordOf(row!),
      audit: {
        action: 'close',
        recordType: 'case',
        recordId: caseRecordId(input.programmeId, input.code),
        details: { reason: input.reason },
      },
    };
  });
}

/**
 * A programme's cases, by code, narrowed by district, status, age group or new/existing. Reading cases is itself
 * audited (NEN 7513): the entry names every case code the answer holds.
 */
export function listCases(db: Db, actor: Actor, input: CaseListInput): Promise<CaseRecord[]> {
  return audited(db, actor, async (tx) => {
    await getProgramme(tx, input.programmeId, 'programmeId');
    const rows = await tx
      .select()
      .from(cases)
      .where(
        and(
          eq(cases.programmeId, input.programmeId),
          input.district === undefined ? undefined : eq(cases.district, input.district),
          input.status === undefined ? undefined : eq(cases.status, input.status),
          input.ageGroup === undefined ? undefined : eq(cases.ageGroup, input.ageGroup),
          input.novelty === undefined ? undefined : eq(cases.novelty, input.novelty),
        ),
      )
      .orderBy(asc(cases.code));
    const { programmeId, ...filters } = input;
    return {
      result: rows.map(caseRecordOf),
      audit: {
        operation: 'read',
        action: 'list',
        recordType: 'case',
        recordId: programmeId,
        details: { filters, caseCodes: rows.map((row) => row.code) },
      },
    };
  });
}
