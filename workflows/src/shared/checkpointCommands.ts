import type { Checkpoint, Reminder, ReminderRules, RemindCheckpointInput } from '@leercyclus/domain/workflow';
import { advanceCheckpoints, remindNow, validateRemind, type CheckpointHolder } from './checkpoints.js';
import type { CommandHandler } from './process.js';

/** The record events every process with checkpoints writes about them. */
export type CheckpointEvent =
  | { type: 'checkpointUpdated'; actor: string; checkpoint: Checkpoint }
  | { type: 'reminderQueued'; actor: string; reminder: Reminder; checkpointTitle: string };

export interface CheckpointRecord {
  push(body: CheckpointEvent): void;
}

function recordReminder(
  holder: CheckpointHolder,
  record: CheckpointRecord,
  reminder: Reminder,
  actor: string,
): void {
  const checkpoint = holder.checkpoints.find((c) => c.id === reminder.checkpointId)!;
  record.push({ type: 'checkpointUpdated', actor, checkpoint });
  record.push({ type: 'reminderQueued', actor, reminder, checkpointTitle: checkpoint.title });
}

/** The timers' part: checkpoints turn overdue and the reminders that have come go out, each change recorded. */
export function advanceAndRecordCheckpoints(
  holder: CheckpointHolder,
  record: CheckpointRecord,
  now: number,
  rules: ReminderRules,
): void {
  const changes = advanceCheckpoints(holder, now, rules);
  const reminded = new Set(changes.reminders.map((r) => r.checkpointId));
  for (const checkpoint of changes.changed) {
    if (!reminded.has(checkpoint.id)) record.push({ type: 'checkpointUpdated', actor: 'system', checkpoint });
  }
  for (const reminder of changes.reminders) recordReminder(holder, record, reminder, 'system');
}

/** The coordinator's "remind now", the same command on every process with checkpoints. */
export function remindCommand(
  holder: CheckpointHolder,
  record: CheckpointRecord,
): CommandHandler<RemindCheckpointInput, Reminder> {
  return {
    validate: (input) => validateRemind(holder, input.checkpointId),
    apply: (input, by) => {
      const reminder = remindNow(holder, input.checkpointId, by, Date.now());
      recordReminder(holder, record, reminder, by);
      return reminder;
    },
  };
}
