import { ApplicationFailure, Context } from '@temporalio/activity';
import {
  purgeLine,
  type CycleRecordEvent,
  type GroupRecordEvent,
  type PurgeRequest,
  type PurgeResult,
} from '@leercyclus/domain';
import { applyCycleEvents } from './cycleEvents/apply.js';
import { applyGroupEvents } from './groupEvents/apply.js';
import type { Db } from './database.js';
import { RefusedEvents, type RefusedEvent } from './recordFailure.js';
import { purgeExpired } from './retention/purge.js';

/** The activity's logger (naming its workflow and activity) inside an activity, the console elsewhere. */
function activityLog(): Pick<Console, 'info' | 'warn'> {
  try {
    return Context.current().log;
  } catch {
    return console;
  }
}

/** Names each event the record refused in the worker's log. */
export function logRefused(refused: readonly RefusedEvent[]): void {
  const log = activityLog();
  for (const event of refused) log.warn(`the record refused event ${event.eventId}: ${event.reason}`);
}

/**
 * The non-retryable failure for events the record refused as invalid data, after it applied the rest: retrying
 * would be refused again and hold up the process for ever. Each refused event is named in the worker's log.
 */
export function invalidRecordData(refused: readonly RefusedEvent[]): ApplicationFailure {
  logRefused(refused);
  return ApplicationFailure.create({
    type: 'InvalidRecordData',
    nonRetryable: true,
    message: refused.map((event) => `event ${event.eventId}: ${event.reason}`).join('; '),
    details: refused.map(({ eventId, reason }) => ({ eventId, reason })),
  });
}

/** Runs a record write as an activity: refused events fail it for good, anything else is retried. */
async function asRecordActivity(write: () => Promise<unknown>): Promise<void> {
  try {
    await write();
  } catch (error) {
    throw error instanceof RefusedEvents ? invalidRecordData(error.refused) : error;
  }
}

/**
 * The record's activities, as the worker registers them. Each write carries its event id, so Temporal may retry
 * an activity as often as it needs: nothing is written twice; a purge repeated finds nothing more to purge.
 */
export function createRecordActivities(db: Db) {
  return {
    recordCycleEvents: (events: CycleRecordEvent[]): Promise<void> =>
      asRecordActivity(() => applyCycleEvents(db, events)),
    recordGroupEvents: (events: GroupRecordEvent[]): Promise<void> =>
      asRecordActivity(() => applyGroupEvents(db, events)),
    /** One kind of record past its retention period, purged and audited; its line in the worker's log. */
    purgeExpired: async (request: PurgeRequest): Promise<PurgeResult> => {
      const result = await purgeExpired(db, request);
      activityLog().info(`Retention purged ${purgeLine(result)}, older than ${result.before}`);
      return result;
    },
  };
}

export type RecordActivities = ReturnType<typeof createRecordActivities>;
