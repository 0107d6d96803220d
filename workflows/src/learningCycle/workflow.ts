import { continueAsNew, setHandler } from '@temporalio/workflow';
import {
  addQuestionActionInputSchema,
  addQuestionInputSchema,
  closeCycleInputSchema,
  escalateQuestionInputSchema,
  extendCycleInputSchema,
  moveOccurrenceInputSchema,
  recordActionEffectInputSchema,
  recordSessionInputSchema,
  remindCheckpointInputSchema,
  submitEvaluationInputSchema,
  updateQuestionInputSchema,
  cycleWorkflowId,
  type CycleLaunch,
  type CycleSummary,
} from '@leercyclus/domain/workflow';
import { groupOutcomeSignal } from '../messages/actionLearningGroup.js';
import {
  addQuestionActionUpdate,
  addQuestionUpdate,
  closeCycleUpdate,
  cycleStateQuery,
  escalateQuestionUpdate,
  extendCycleUpdate,
  moveOccurrenceUpdate,
  recordActionEffectUpdate,
  recordSessionUpdate,
  remindCheckpointUpdate,
  submitEvaluationUpdate,
  updateQuestionUpdate,
} from '../messages/learningCycle.js';
import { escalationAnsweredSignal } from '../messages/managementTable.js';
import { Process } from '../shared/process.js';
import { Cycle } from './cycle.js';
import type { CarriedCycle } from './state.js';

/**
 * A learning cycle of a programme: its calendar, its learning agenda and its evaluation checkpoints, from launch
 * to close. Timers turn occurrences due and checkpoints overdue and send reminders; commands arrive as
 * validated updates; every change goes to the record through an idempotent activity, in order. A continued
 * run starts from the carried state alone (`launch` is null then).
 */
export async function learningCycle(
  launch: CycleLaunch | null,
  carried?: CarriedCycle,
): Promise<CycleSummary> {
  const process: Process = new Process({
    processId: carried?.state.cycleId ?? cycleWorkflowId(launch!.programmeId, launch!.number),
    closed: () => cycle.state.status === 'closed',
    describe: () => cycle.describe,
    messagesPerRun: 1_000,
    appliedUpdates: carried?.appliedUpdates,
  });
  const cycle: Cycle = new Cycle(launch, carried, process);

  setHandler(cycleStateQuery, () => cycle.state);
  process.command(recordSessionUpdate, recordSessionInputSchema, cycle.recordSession);
  process.command(addQuestionUpdate, addQuestionInputSchema, cycle.addQuestion);
  process.command(updateQuestionUpdate, updateQuestionInputSchema, cycle.updateQuestion);
  process.command(addQuestionActionUpdate, addQuestionActionInputSchema, cycle.addQuestionAction);
  process.command(recordActionEffectUpdate, recordActionEffectInputSchema, cycle.recordActionEffect);
  process.command(submitEvaluationUpdate, submitEvaluationInputSchema, cycle.submitEvaluation);
  process.command(remindCheckpointUpdate, remindCheckpointInputSchema, cycle.remindCheckpoint);
  process.command(moveOccurrenceUpdate, moveOccurrenceInputSchema, cycle.moveOccurrence);
  process.command(extendCycleUpdate, extendCycleInputSchema, cycle.extend);
  process.command(closeCycleUpdate, closeCycleInputSchema, cycle.close);
  process.command(escalateQuestionUpdate, escalateQuestionInputSchema, cycle.escalateQuestion);
  process.signal(escalationAnsweredSignal, cycle.answer);
  process.signal(groupOutcomeSignal, cycle.groupOutcome);

  const { continuing, appliedUpdates } = await process.run(cycle);
  if (continuing) return continueAsNew<typeof learningCycle>(null, cycle.carry(appliedUpdates));
  return cycle.summary!;
}
