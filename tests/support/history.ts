import type { WorkflowHandle } from '@temporalio/client';

/**
 * Waits until a workflow has nothing in flight (no pending activity, last task completed), so its history
 * length can be compared before and after a command.
 */
export async function settledHistoryLength(handle: WorkflowHandle, timeoutMs = 15_000): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const description = await handle.describe();
    const events = (await handle.fetchHistory()).events ?? [];
    const last = events.at(-1);
    const idle =
      (description.raw.pendingActivities?.length ?? 0) === 0 &&
      last?.workflowTaskCompletedEventAttributes !== undefined &&
      last.workflowTaskCompletedEventAttributes !== null;
    if (idle || Date.now() > deadline) return events.length;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

type HistoryEvent = NonNullable<Awaited<ReturnType<WorkflowHandle['fetchHistory']>>['events']>[number];

/** Whether an event is only the bookkeeping of a workflow task (what a refused update may leave behind). */
export function isWorkflowTaskEvent(event: HistoryEvent): boolean {
  return Boolean(
    event.workflowTaskScheduledEventAttributes ||
    event.workflowTaskStartedEventAttributes ||
    event.workflowTaskCompletedEventAttributes,
  );
}
