import {
  dueReminderSlot,
  reminderSlotAt,
  zonedInstant,
  type Checkpoint,
  type CheckpointPlan,
  type Reminder,
  type ReminderRules,
  type SubmitEvaluationInput,
} from '@leercyclus/domain/workflow';
import { refuse } from './commandErrors.js';

/** Any process with evaluation checkpoints: a learning cycle, an action-learning group. */
export interface CheckpointHolder {
  checkpoints: Checkpoint[];
  timeZone: string;
  overdueCheckpoints: number;
}

export interface CheckpointChanges {
  changed: Checkpoint[];
  reminders: Reminder[];
}

/** The checkpoints of a launch, due at their wall-clock time in the process's time zone, nothing sent yet. */
export function plannedCheckpoints(plans: readonly CheckpointPlan[], timeZone: string): Checkpoint[] {
  return plans.map((plan) => ({
    id: plan.id,
    title: plan.title,
    owner: plan.owner,
    dueAt: zonedInstant(plan.dueOn, plan.dueTime, timeZone).toISOString(),
    cadence: { daysBefore: [...plan.cadence.daysBefore], overdueEveryDays: plan.cadence.overdueEveryDays },
    status: 'pending',
    slotsHandled: 0,
    remindersSent: [],
    evaluation: null,
  }));
}

function reminder(
  checkpoint: Checkpoint,
  kind: Reminder['kind'],
  now: number,
  sentBy: string | null,
): Reminder {
  const sequence = checkpoint.remindersSent.length + 1;
  const sent: Reminder = {
    id: `${checkpoint.id}/reminder-${sequence}`,
    checkpointId: checkpoint.id,
    kind,
    at: new Date(now).toISOString(),
    recipient: checkpoint.owner,
    sentBy,
  };
  checkpoint.remindersSent.push(sent);
  return sent;
}

/** Turns checkpoints overdue at their due moment and sends the reminders their cadence asks for by now. */
export function advanceCheckpoints(
  state: CheckpointHolder,
  now: number,
  rules: ReminderRules,
): CheckpointChanges {
  const changes: CheckpointChanges = { changed: [], reminders: [] };
  for (const checkpoint of state.checkpoints) {
    if (checkpoint.status === 'submitted') continue;
    let changed = false;
    if (checkpoint.status === 'pending' && Date.parse(checkpoint.dueAt) <= now) {
      checkpoint.status = 'overdue';
      changed = true;
    }
    const slot = dueReminderSlot(checkpoint, now, state.timeZone, rules);
    if (slot) {
      checkpoint.slotsHandled = slot.slot + 1;
      changed = true;
      if (slot.send) changes.reminders.push(reminder(checkpoint, slot.kind, now, null));
    }
    if (changed) changes.changed.push(checkpoint);
  }
  state.overdueCheckpoints = state.checkpoints.filter((c) => c.status === 'overdue').length;
  return changes;
}

/** The next moment a checkpoint needs attention: its due moment or its next reminder. */
export function nextCheckpointEvent(state: CheckpointHolder, rules: ReminderRules): number | undefined {
  let next: number | undefined;
  for (const checkpoint of state.checkpoints) {
    if (checkpoint.status === 'submitted') continue;
    const candidates = [reminderSlotAt(checkpoint, checkpoint.slotsHandled, state.timeZone, rules).at];
    if (checkpoint.status === 'pending') candidates.push(Date.parse(checkpoint.dueAt));
    for (const at of candidates) if (next === undefined || at < next) next = at;
  }
  return next;
}

export function findCheckpoint(state: CheckpointHolder, id: string): Checkpoint {
  const checkpoint = state.checkpoints.find((c) => c.id === id);
  if (!checkpoint) throw refuse('notFound', `checkpointId: there is no checkpoint ${id} here`);
  return checkpoint;
}

export function validateSubmitEvaluation(
  state: CheckpointHolder,
  input: Pick<SubmitEvaluationInput, 'checkpointId'>,
): void {
  const checkpoint = findCheckpoint(state, input.checkpointId);
  if (checkpoint.status === 'submitted') {
    throw refuse('invalid', `checkpointId: the evaluation of ${checkpoint.title} was submitted already`);
  }
}

export function submitEvaluation(
  state: CheckpointHolder,
  input: SubmitEvaluationInput,
  by: string,
  now: number,
): Checkpoint {
  const checkpoint = findCheckpoint(state, input.checkpointId);
  checkpoint.status = 'submitted';
  checkpoint.evaluation = {
    checkpointId: checkpoint.id,
    sharpenedQuestions: input.sharpenedQuestions,
    developmentGoals: input.developmentGoals,
    notes: input.notes,
    submittedBy: by,
    submittedAt: new Date(now).toISOString(),
  };
  state.overdueCheckpoints = state.checkpoints.filter((c) => c.status === 'overdue').length;
  return checkpoint;
}

export function validateRemind(state: CheckpointHolder, checkpointId: string): void {
  const checkpoint = findCheckpoint(state, checkpointId);
  if (checkpoint.status === 'submitted') {
    throw refuse('invalid', `checkpointId: the evaluation of ${checkpoint.title} was submitted already`);
  }
}

/** A reminder sent now by a coordinator; it does not shift the cadence. */
export function remindNow(state: CheckpointHolder, checkpointId: string, by: string, now: number): Reminder {
  return reminder(findCheckpoint(state, checkpointId), 'manual', now, by);
}
