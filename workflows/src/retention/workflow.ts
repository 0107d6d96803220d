import { log, proxyActivities } from '@temporalio/workflow';
import {
  purgeLine,
  purgedCount,
  retentionKinds,
  type PurgeResult,
  type RetentionPolicy,
} from '@leercyclus/domain/workflow';
import type { RetentionActivities } from '../activities.js';

// A run that cannot purge (the record away all night) fails after some twenty minutes of retries and shows as
// a failed run of the schedule; the next day's run purges what is due by then.
const { purgeExpired } = proxyActivities<RetentionActivities>({
  startToCloseTimeout: '10 minutes',
  retry: {
    initialInterval: '1 second',
    backoffCoefficient: 2,
    maximumInterval: '1 minute',
    maximumAttempts: 25,
  },
});

/**
 * One run of the retention schedule (docs/data-protection.md, "Retention"): each kind of record past its period
 * is purged, one kind after the other, as of the run's start; the record audits every purge. Answers what each
 * kind purged, and says so in the worker's log.
 */
export async function retention(policy: RetentionPolicy): Promise<PurgeResult[]> {
  const at = new Date().toISOString();
  const results: PurgeResult[] = [];
  for (const kind of retentionKinds) {
    results.push(await purgeExpired({ kind, days: policy[kind], at }));
  }
  const total = results.reduce((sum, result) => sum + purgedCount(result), 0);
  log.info(`Retention run as of ${at}: ${total} rows purged; ${results.map(purgeLine).join('; ')}`);
  return results;
}
