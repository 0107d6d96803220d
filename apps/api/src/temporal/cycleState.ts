import { WorkflowNotFoundError, type Client } from '@temporalio/client';
import type { CycleState } from '@leercyclus/domain';
import { recordedCycle, type Db } from '@leercyclus/db';
import { cycleStateQuery } from '@leercyclus/workflows';

/**
 * A cycle as its page shows it: a running cycle's live state from its workflow; a closed one's from the record,
 * which also keeps what came after it closed (a decision on its overdue checkpoint) and outlives Temporal's
 * retention (the workflow answers while the record catches up). Undefined when neither knows the cycle.
 */
export async function currentCycleState(
  temporal: Client,
  db: Db,
  cycleId: string,
): Promise<CycleState | undefined> {
  const live = await temporal.workflow
    .getHandle(cycleId)
    .query(cycleStateQuery)
    .catch((error: unknown) => {
      if (error instanceof WorkflowNotFoundError) return undefined;
      throw error;
    });
  if (live?.status === 'running') return live;
  const recorded = await recordedCycle(db, cycleId);
  if (recorded && (!live || (recorded.whole && recorded.state.status === 'closed'))) return recorded.state;
  return live;
}
