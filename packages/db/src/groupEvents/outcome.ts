import type { GroupOutcome } from '@leercyclus/domain';
import type { WrittenRecord } from '../cycleEvents/types.js';
import { applyOnce } from '../applyOnce.js';
import type { Db, Queryable } from '../database.js';
import { instantOf } from '../instantOf.js';
import { applyEach } from '../recordFailure.js';
import { groupOutcomes } from '../schema/index.js';

/** Keeps a completed group's outcome for the question it took up; the same outcome again changes nothing. */
export async function storeGroupOutcome(q: Queryable, outcome: GroupOutcome): Promise<WrittenRecord> {
  await q
    .insert(groupOutcomes)
    .values({
      outcomeId: outcome.outcomeId,
      groupId: outcome.groupId,
      cycleId: outcome.cycleId,
      questionNumber: outcome.questionNumber,
      outcome,
      completedAt: instantOf(outcome.completedAt),
    })
    .onConflictDoNothing();
  return { recordType: 'groupOutcome', recordId: outcome.outcomeId };
}

/**
 * Keeps the outcome before it is delivered, once, with an audit entry: a cycle launched while it travels finds
 * it in the record (the group's `groupCompleted` event stores the same outcome again, changing nothing).
 */
export async function recordGroupOutcome(db: Db, outcome: GroupOutcome): Promise<void> {
  const event = {
    eventId: `${outcome.outcomeId}/stored`,
    type: 'groupOutcomeStored',
    at: outcome.completedAt,
  };
  await applyEach([event], (stored) =>
    applyOnce(db, stored, outcome.completedBy, (tx) => storeGroupOutcome(tx, outcome)),
  );
}
