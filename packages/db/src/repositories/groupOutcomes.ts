import { and, asc, eq, or } from 'drizzle-orm';
import type { GroupOutcome } from '@leercyclus/domain';
import type { Queryable } from '../database.js';
import { groupOutcomes } from '../schema/index.js';

/** The outcomes of groups that took up these cycle questions, oldest first. */
export async function outcomesFor(
  q: Queryable,
  questions: readonly { cycleId: string; questionNumber: number }[],
): Promise<GroupOutcome[]> {
  if (questions.length === 0) return [];
  const rows = await q
    .select({ outcome: groupOutcomes.outcome })
    .from(groupOutcomes)
    .where(
      or(
        ...questions.map((question) =>
          and(
            eq(groupOutcomes.cycleId, question.cycleId),
            eq(groupOutcomes.questionNumber, question.questionNumber),
          ),
        ),
      ),
    )
    .orderBy(asc(groupOutcomes.completedAt), asc(groupOutcomes.outcomeId));
  return rows.map((row) => row.outcome);
}
