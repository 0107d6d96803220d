import type { GroupRecordEvent } from '@leercyclus/domain';
import { applyOnce } from '../applyOnce.js';
import { writeCheckpoint } from '../cycleEvents/checkpoint.js';
import { queueReminder } from '../cycleEvents/reminder.js';
import { ownedRecordId, type EventOf, type WrittenRecord } from '../cycleEvents/types.js';
import type { Db, Tx } from '../database.js';
import { applyEach } from '../recordFailure.js';
import { queueObstacleNotice, queueOverdueNotice } from '../mail/groupMail.js';
import { instantOf } from '../instantOf.js';
import { upsertProcess } from '../upsertProcess.js';
import { writeObstacle } from './obstacle.js';
import { storeGroupOutcome } from './outcome.js';

type GroupEventOf<T extends GroupRecordEvent['type']> = Extract<GroupRecordEvent, { type: T }>;

/**
 * The group's row in `processes` (kind actionLearningGroup, no number, no districts); a group outside any
 * programme has no programme id.
 */
async function writeGroup(tx: Tx, event: GroupEventOf<'groupUpdated'>): Promise<WrittenRecord> {
  const { group } = event;
  await upsertProcess(
    tx,
    {
      workflowId: event.groupId,
      kind: 'actionLearningGroup',
      programmeId: group.programmeId,
      number: null,
      title: group.question,
      status: group.status,
      districts: [],
      districtSlots: [],
      timeZone: group.timeZone,
      startsOn: group.startsOn,
      endsOn: group.endsOn,
      overdueCheckpoints: group.overdueCheckpoints,
      nextEventAt: group.nextEventAt === null ? null : instantOf(group.nextEventAt),
    },
    instantOf(event.at),
  );
  return { recordType: 'actionLearningGroup', recordId: event.groupId };
}

/** Checkpoints and reminders go to the same tables as a cycle's, written by the same code. */
function asCycleEvent<T extends 'checkpointUpdated' | 'reminderQueued'>(event: GroupEventOf<T>): EventOf<T> {
  const { groupId, ...rest } = event as GroupRecordEvent;
  return { ...rest, cycleId: groupId } as unknown as EventOf<T>;
}

async function writeSnapshot(tx: Tx, event: GroupRecordEvent): Promise<WrittenRecord> {
  switch (event.type) {
    case 'groupUpdated':
      return writeGroup(tx, event);
    case 'checkpointUpdated': {
      const written = await writeCheckpoint(tx, asCycleEvent(event));
      await queueOverdueNotice(tx, event.groupId, event.checkpoint);
      return written;
    }
    case 'reminderQueued':
      return queueReminder(tx, asCycleEvent(event));
    case 'obstacleUpdated': {
      const written = await writeObstacle(tx, event.groupId, event.obstacle);
      await queueObstacleNotice(tx, event.groupId, event.obstacle);
      return written;
    }
    case 'groupCompleted':
      // The outcome goes to the cycle question the group took up; the completion itself is the audit entry.
      if (event.outcome) await storeGroupOutcome(tx, event.outcome);
      return { recordType: 'actionLearningGroup', recordId: event.groupId };
    // Membership and steps have no tables of their own yet: each is kept as an audit entry naming the record
    // it concerns (the live state is the workflow's query).
    case 'memberUpdated':
      return { recordType: 'groupMember', recordId: ownedRecordId(event.groupId, event.member.id) };
    case 'stepConcluded':
      return {
        recordType: 'groupStep',
        recordId: ownedRecordId(event.groupId, `iteration-${event.iteration}/${event.step.step}`),
      };
  }
}

/**
 * Writes a group's events to the record in order, each exactly once; returns how many were new. Events of one
 * group are applied in the order its workflow made them (one activity at a time), as each replaces a row.
 * Events the record refuses as invalid are thrown together after the rest (RefusedEvents).
 */
export function applyGroupEvents(db: Db, events: readonly GroupRecordEvent[]): Promise<number> {
  return applyEach(events, (event) => applyOnce(db, event, event.actor, writeSnapshot));
}
