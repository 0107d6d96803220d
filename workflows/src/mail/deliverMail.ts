import { proxyActivities } from '@temporalio/workflow';
import type { MailActivities } from '../activities.js';

const { messagesToSend } = proxyActivities<MailActivities>({
  startToCloseTimeout: '1 minute',
  // The record away: this run gives up soon and fails (visibly); the next minute's run asks again.
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumAttempts: 4 },
});

/**
 * A send is retried with backoff while the mail server turns it away for a passing reason (4xx, no connection);
 * a refusal for good comes back non-retryable and is recorded as failed. Its heartbeat lets a send whose worker
 * died be retried within seconds, with the same Message-ID. A message still turned away after these attempts
 * stays queued for the next run.
 */
const { sendMessage } = proxyActivities<MailActivities>({
  startToCloseTimeout: '2 minutes',
  heartbeatTimeout: '10 seconds',
  retry: {
    initialInterval: '2 seconds',
    backoffCoefficient: 2,
    maximumInterval: '1 minute',
    maximumAttempts: 5,
  },
});

/** How many messages are sent at once. */
const parallel = 5;

export interface DeliveryReport {
  sent: number;
  /** Refused for good, or still turned away after this run's attempts (queued for the next). */
  notSent: number;
}

/**
 * One delivery run, started every minute by the `mail-delivery` schedule (overlap SKIP: never two at once): the
 * messages to send now, a few at a time. When a whole batch fails the mail server is taken to be away, and the
 * rest waits for the next run.
 */
export async function deliverMail(): Promise<DeliveryReport> {
  const ids = await messagesToSend(new Date().toISOString());
  const report: DeliveryReport = { sent: 0, notSent: 0 };
  for (let start = 0; start < ids.length; start += parallel) {
    const outcomes = await Promise.allSettled(
      ids.slice(start, start + parallel).map((id) => sendMessage(id)),
    );
    for (const outcome of outcomes) {
      if (outcome.status === 'rejected') report.notSent += 1;
      else if (outcome.value === 'sent') report.sent += 1;
    }
    if (outcomes.every((outcome) => outcome.status === 'rejected')) break;
  }
  return report;
}
