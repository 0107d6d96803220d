import { eq, inArray } from 'drizzle-orm';
import type { EscalationAnswer } from '@leercyclus/domain';
import type { Queryable } from '../database.js';
import { decisions, escalations } from '../schema/index.js';

/**
 * The recorded answers to these escalations: what a cycle missed because it came after its source closed or
 * while it was being launched. An escalation recorded before the record kept its whole source was a question's.
 */
export async function answersOn(q: Queryable, escalationIds: readonly string[]): Promise<EscalationAnswer[]> {
  if (escalationIds.length === 0) return [];
  const rows = await q
    .select({
      escalationId: decisions.escalationId,
      outcome: decisions.outcome,
      text: decisions.text,
      decidedBy: decisions.decidedBy,
      decidedAt: decisions.decidedAt,
      table: escalations.managementTable,
      source: escalations.source,
      sourceProcessId: escalations.sourceProcessId,
      questionNumber: escalations.questionNumber,
    })
    .from(decisions)
    .innerJoin(escalations, eq(escalations.id, decisions.escalationId))
    .where(inArray(decisions.escalationId, [...escalationIds]));
  return rows.map((row) => ({
    escalationId: row.escalationId,
    source: row.source ?? {
      kind: 'cycleQuestion',
      processId: row.sourceProcessId,
      programmeId: null,
      questionNumber: row.questionNumber,
      checkpointId: null,
      obstacleId: null,
    },
    decision: {
      outcome: row.outcome,
      text: row.text,
      decidedBy: row.decidedBy,
      decidedAt: row.decidedAt.toISOString(),
      table: row.table,
    },
  }));
}
