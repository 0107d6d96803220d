import { TRPCError } from '@trpc/server';
import { WorkflowNotFoundError, WorkflowUpdateFailedError, type Client } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import { commandFailureTypes } from '@leercyclus/workflows';

const codes = {
  [commandFailureTypes.invalid]: 'BAD_REQUEST',
  [commandFailureTypes.notFound]: 'NOT_FOUND',
  [commandFailureTypes.closed]: 'PRECONDITION_FAILED',
} as const;

/**
 * Sends an update to a process and turns a refusal into the tRPC error a client understands: a validator's
 * refusal keeps its message (which names the field), a finished process is reported as closed.
 */
export async function runCommand<R>(
  temporal: Client,
  workflowId: string,
  describe: string,
  send: () => Promise<R>,
): Promise<R> {
  try {
    return await send();
  } catch (error) {
    if (error instanceof WorkflowUpdateFailedError && error.cause instanceof ApplicationFailure) {
      const code = codes[error.cause.type as keyof typeof codes] ?? 'BAD_REQUEST';
      throw new TRPCError({ code, message: error.cause.message, cause: error });
    }
    if (error instanceof WorkflowNotFoundError) {
      const exists = await temporal.workflow
        .getHandle(workflowId)
        .describe()
        .then(() => true)
        .catch(() => false);
      throw exists
        ? new TRPCError({
            code: 'PRECONDITION_FAILED',
            message: `${describe} is closed; it takes no more changes.`,
          })
        : new TRPCError({ code: 'NOT_FOUND', message: `${describe} does not exist.` });
    }
    throw error;
  }
}
