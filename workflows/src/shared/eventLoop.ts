import { condition } from '@temporalio/workflow';

/**
 * Sleeps until an instant on the workflow clock, or until `wake` turns true (a command arrived), whichever is
 * first. Returns true when woken by a command.
 */
export async function sleepUntil(instant: number, wake: () => boolean = () => false): Promise<boolean> {
  const remaining = instant - Date.now();
  if (remaining <= 0) return wake();
  return condition(wake, remaining);
}
