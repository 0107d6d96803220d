import { and, eq } from 'drizzle-orm';
import type { CaseRecord } from '@leercyclus/domain';
import type { Queryable } from '../database.js';
import { RecordError } from '../errors.js';
import { cases, districts } from '../schema/index.js';
import { getProgramme } from './programmes.js';

type CaseRow = typeof cases.$inferSelect;

export function caseRecordOf(row: CaseRow): CaseRecord {
  return {
    programmeId: row.programmeId,
    code: row.code,
    district: row.district,
    novelty: row.novelty,
    ageGroup: row.ageGroup,
    themes: row.themes,
    broughtInBy: { organisation: row.broughtInByOrganisation, role: row.broughtInByRole },
    methodSteps: row.methodSteps,
    counterfactual: { care: row.counterfactualCare, amountEur: row.counterfactualAmountEur },
    doneInstead: row.doneInstead,
    notes: row.notes,
    status: row.status,
    closed:
      row.status === 'closed' && row.closeReason !== null && row.closedOn !== null
        ? { reason: row.closeReason, on: row.closedOn, note: row.closeNote }
        : null,
    registeredAt: row.registeredAt.toISOString(),
    registeredBy: row.registeredBy,
  };
}

export async function findCase(q: Queryable, programmeId: string, code: string): Promise<CaseRow> {
  const [row] = await q
    .select()
    .from(cases)
    .where(and(eq(cases.programmeId, programmeId), eq(cases.code, code)));
  if (!row) throw new RecordError('notFound', `Programme ${programmeId} has no case ${code}.`, 'code');
  return row;
}

/** A case belongs to one of its programme's districts. */
export async function assertProgrammeDistrict(
  q: Queryable,
  programmeId: string,
  district: string,
): Promise<void> {
  await getProgramme(q, programmeId, 'programmeId');
  const [known] = await q
    .select()
    .from(districts)
    .where(and(eq(districts.programmeId, programmeId), eq(districts.name, district)));
  if (!known) {
    throw new RecordError('invalid', `Programme ${programmeId} has no district "${district}".`, 'district');
  }
}
