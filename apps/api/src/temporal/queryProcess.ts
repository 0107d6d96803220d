import type { TRPCError } from '@trpc/server';
import { WorkflowNotFoundError, type Client } from '@temporalio/client';
import type { QueryDefinition } from '@temporalio/common';

/** A query on a cycle, group or table; one that does not exist is the caller's own NOT_FOUND, in its words. */
export async function queryProcess<T>(
  temporal: Client,
  workflowId: string,
  query: QueryDefinition<T>,
  notFound: () => TRPCError,
): Promise<T> {
  try {
    return await temporal.workflow.getHandle(workflowId).query(query);
  } catch (error) {
    if (error instanceof WorkflowNotFoundError) throw notFound();
    throw error;
  }
}
