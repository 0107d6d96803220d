import { eq, inArray } from 'drizzle-orm';
import type { Decision } from '@leercyclus/domain';
import type { Queryable } from '../database.js';
import { decisions, escalations } from '../schema/index.js';

/** The recorded decisions on these escalations, by escalation id: answers that came after their source closed. */
export async function decisionsOn(db: Queryable, escalationIds: string[]): Promise<Map<string, Decision>> {
  if (escalationIds.length === 0) return new Map();
  const rows = await db
    .select({
      escalationId: decisions.escalationId,
      outcome: decisions.outcome,
      text: decisions.text,
      decidedBy: decisions.decidedBy,
      decidedAt: decisions.decidedAt,
      table: escalations.managementTable,
    })
    .from(decisions)
    .innerJoin(escalations, eq(escalations.id, decisions.escalationId))
    .where(inArray(decisions.escalationId, escalationIds));
  return new Map(
    rows.map(({ escalationId, decidedAt, ...decision }) => [
      escalationId,
      { ...decision, decidedAt: decidedAt.toISOString() },
    ]),
  );
}
