import { TRPCError } from '@trpc/server';
import { WorkflowNotFoundError, type Client } from '@temporalio/client';
import type { CycleLaunchSlot } from '@leercyclus/db';
import type { CycleMemo } from '@leercyclus/workflows';

type Taken = NonNullable<CycleLaunchSlot['taken']>;

/** The request id the workflow was started with, from its memo; nothing once Temporal forgot it. */
async function memoOf(temporal: Client, workflowId: string): Promise<CycleMemo> {
  try {
    return (await temporal.workflow.getHandle(workflowId).describe()).memo ?? {};
  } catch (error) {
    if (error instanceof WorkflowNotFoundError) return {};
    throw error;
  }
}

/**
 * Resolves when the cycle that holds the number was started by this same request (a repeat, answered with the
 * same workflow id), and refuses with CONFLICT otherwise. The record's request id decides; a cycle without one
 * (recorded before the record kept it, or started and not yet recorded) is asked of Temporal, and one Temporal
 * has forgotten is taken all the same.
 */
export async function sameLaunchOrConflict(
  temporal: Client,
  taken: Taken,
  launch: { programmeId: string; number: number; requestId: string },
): Promise<void> {
  if (taken.requestId === launch.requestId) return;
  const memo = taken.requestId === null ? await memoOf(temporal, taken.workflowId) : {};
  if (memo.requestId === launch.requestId) return;
  throw new TRPCError({
    code: 'CONFLICT',
    message: `Cycle ${launch.number} of programme ${launch.programmeId} already exists (${taken.workflowId}, "${taken.title}"); choose another number.`,
  });
}
