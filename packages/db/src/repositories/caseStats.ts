import { and, asc, eq } from 'drizzle-orm';
import { caseStatistics, type CaseStats } from '@leercyclus/domain';
import { audited, type Actor } from '../audit.js';
import type { Db } from '../database.js';
import { cases } from '../schema/index.js';
import { getProgramme } from './programmes.js';

/**
 * The programme's case figures. Reading case data is itself audited (NEN 7513): the entry names every case
 * code the answer covers, and an answer is never given without its entry.
 */
export function caseStats(
  db: Db,
  actor: Actor,
  input: { programmeId: string; district?: string | undefined },
): Promise<CaseStats> {
  return audited(db, actor, async (tx) => {
    await getProgramme(tx, input.programmeId, 'programmeId');
    const rows = await tx
      .select()
      .from(cases)
      .where(
        and(
          eq(cases.programmeId, input.programmeId),
          input.district === undefined ? undefined : eq(cases.district, input.district),
        ),
      )
      .orderBy(asc(cases.code));
    const stats = caseStatistics(
      input.programmeId,
      rows.map((row) => ({
        code: row.code,
        district: row.district,
        ageGroup: row.ageGroup,
        novelty: row.novelty,
        status: row.status,
        closeReason: row.closeReason,
        counterfactualAmountEur: row.counterfactualAmountEur,
      })),
    );
    return {
      result: stats,
      audit: {
        operation: 'read',
        action: 'read',
        recordType: 'caseStatistics',
        recordId: input.programmeId,
        details: { district: input.district ?? null, caseCodes: rows.map((row) => row.code) },
      },
    };
  });
}
