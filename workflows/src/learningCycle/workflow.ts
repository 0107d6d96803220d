import {
  allHandlersFinished,
  condition,
  continueAsNew,
  setHandler,
  workflowInfo,
} from '@temporalio/workflow';
import {
  addQuestionInputSchema,
  escalateQuestionInputSchema,
  closeCycleInputSchema,
  extendCycleInputSchema,
  moveOccurrenceInputSchema,
  recordSessionInputSchema,
  submitEvaluationInputSchema,
  updateQuestionInputSchema,
  type CycleLaunch,
  type CycleState,
  type CycleSummary,
} from '@leercyclus/domain';
import {
  escalateQuestionUpdate,
  addQuestionUpdate,
  closeCycleUpdate,
  cycleStateQuery,
  extendCycleUpdate,
  moveOccurrenceUpdate,
  recordSessionUpdate,
  submitEvaluationUpdate,
  updateQuestionUpdate,
} from '../messages/learningCycle.js';
import { escalationAnsweredSignal } from '../messages/managementTable.js';
import { groupOutcomeSignal } from '../messages/actionLearningGroup.js';
import { advanceAndRecordCheckpoints, handleRemindCommand } from '../shared/checkpointCommands.js';
import { handleCommand, refuseWhenClosed } from '../shared/command.js';
import { sleepUntil } from '../shared/eventLoop.js';
import { ProcessIndexer } from '../shared/processSearchAttributes.js';
import {
  addQuestion,
  applyGroupOutcome,
  updateQuestion,
  validateAddQuestion,
  validateUpdateQuestion,
} from './agenda.js';
import { nextCheckpointEvent, submitEvaluation, validateSubmitEvaluation } from '../shared/checkpoints.js';
import { findQuestion } from './agenda.js';
import { closeCycle, closesAt, extendCycle, validateExtend } from './lifecycle.js';
import {
  markDueOccurrences,
  moveOccurrence,
  nextOccurrenceStart,
  recordSession,
  validateMoveOccurrence,
  validateRecordSession,
} from './occurrences.js';
import { escalationQueue } from '../shared/escalationQueue.js';
import { cycleRecordQueue } from './record.js';
import {
  applyAnswer,
  escalateOverdueCheckpoints,
  escalateQuestion,
  nextCheckpointEscalation,
  validateEscalateQuestion,
} from './escalations.js';
import { initialCycleState, type CarriedCycle } from './state.js';

/** Updates accepted per run before continuing as new, well below the server's 2,000 per execution. */
const updatesPerRun = 1_000;

/**
 * A learning cycle of a programme: its calendar, its learning agenda and its evaluation checkpoints, from launch
 * to close. Timers turn occurrences due and checkpoints overdue and send reminders; commands arrive as
 * validated updates; every change goes to the record through an idempotent activity, in order.
 */
export async function learningCycle(launch: CycleLaunch, carried?: CarriedCycle): Promise<CycleSummary> {
  const state: CycleState = carried?.state ?? initialCycleState(launch);
  const record = cycleRecordQueue(state.cycleId, carried?.recordSequence ?? 0, carried?.unrecorded);
  const escalations = escalationQueue(
    state.cycleId,
    carried?.escalationSequence ?? 0,
    carried?.unsentEscalations,
  );
  const index = new ProcessIndexer();
  const now = () => Date.now();
  let summary: CycleSummary | undefined;
  let wake = false;
  let updatesThisRun = 0;
  let lastHeader = '';

  const header = () => ({
    programmeId: state.programmeId,
    number: state.number,
    title: state.title,
    startsOn: state.startsOn,
    endsOn: state.endsOn,
    timeZone: state.timeZone,
    districts: state.districts,
    status: state.status,
    overdueCheckpoints: state.overdueCheckpoints,
    nextEventAt: state.nextEventAt,
  });

  /** The cycle's own row comes first in the record: everything else in it refers to that row. */
  if (!carried) record.push({ type: 'cycleUpdated', actor: launch.launchedBy, cycle: header() });

  function recordHeader(): void {
    const cycle = header();
    const serialized = JSON.stringify(cycle);
    if (serialized === lastHeader) return;
    lastHeader = serialized;
    record.push({ type: 'cycleUpdated', actor: 'system', cycle });
    index.update({
      status: state.status,
      nextEventAt: state.nextEventAt,
      overdueCheckpoints: state.overdueCheckpoints,
    });
  }

  function close(by: string, reason: string): CycleSummary {
    const closing = closeCycle(state, by, reason, now());
    for (const question of closing.carried) record.push({ type: 'questionUpdated', actor: by, question });
    for (const request of closing.escalations) escalations.push({ request });
    summary = closing.summary;
    return summary;
  }

  /** What the timers do: occurrences turn due, checkpoints overdue, reminders go out, the cycle ends. */
  function advance(): void {
    const at = now();
    for (const occurrence of markDueOccurrences(state.occurrences, at)) {
      record.push({ type: 'occurrenceUpdated', actor: 'system', occurrence });
    }
    advanceAndRecordCheckpoints(state, record, at);
    for (const request of escalateOverdueCheckpoints(state, at)) {
      escalations.push({ request });
      const checkpoint = state.checkpoints.find((c) => c.id === request.source.checkpointId)!;
      record.push({ type: 'checkpointUpdated', actor: 'system', checkpoint });
    }
    if (state.status === 'running' && at >= closesAt(state)) close('system', 'end date reached');
  }

  const accepting = refuseWhenClosed(
    () => state.status === 'closed',
    `Cycle ${state.number} of ${state.programmeId}`,
  );
  const commandTaken = (wakes: boolean) => {
    updatesThisRun += 1;
    if (wakes) wake = true;
  };

  setHandler(cycleStateQuery, () => state);

  handleCommand(recordSessionUpdate, recordSessionInputSchema, {
    accepting,
    validate: (input) => validateRecordSession(state, input, now()),
    apply: (input, by) => {
      commandTaken(false);
      const occurrence = recordSession(state, input, by, now());
      record.push({ type: 'occurrenceUpdated', actor: by, occurrence });
      return occurrence;
    },
  });
  handleCommand(addQuestionUpdate, addQuestionInputSchema, {
    accepting,
    validate: (input) => validateAddQuestion(state, input),
    apply: (input, by) => {
      commandTaken(false);
      const question = addQuestion(state, input, by, now());
      record.push({ type: 'questionUpdated', actor: by, question });
      return question;
    },
  });
  handleCommand(updateQuestionUpdate, updateQuestionInputSchema, {
    accepting,
    validate: (input) => validateUpdateQuestion(state, input),
    apply: (input, by) => {
      commandTaken(false);
      const question = updateQuestion(state, input, by, now());
      record.push({ type: 'questionUpdated', actor: by, question });
      return question;
    },
  });
  handleCommand(submitEvaluationUpdate, submitEvaluationInputSchema, {
    accepting,
    validate: (input) => {
      validateSubmitEvaluation(state, input);
      for (const sharpened of input.sharpenedQuestions) findQuestion(state, sharpened.questionNumber);
    },
    apply: (input, by) => {
      commandTaken(true);
      for (const sharpened of input.sharpenedQuestions) {
        const question = updateQuestion(state, sharpened, by, now());
        record.push({ type: 'questionUpdated', actor: by, question });
      }
      const checkpoint = submitEvaluation(state, input, by, now());
      record.push({ type: 'checkpointUpdated', actor: by, checkpoint });
      return checkpoint;
    },
  });
  handleRemindCommand(state, record, accepting, () => commandTaken(false));
  handleCommand(moveOccurrenceUpdate, moveOccurrenceInputSchema, {
    accepting,
    validate: (input) => validateMoveOccurrence(state, input),
    apply: (input, by) => {
      commandTaken(true);
      const occurrence = moveOccurrence(state, input, by, now());
      record.push({ type: 'occurrenceUpdated', actor: by, occurrence });
      return occurrence;
    },
  });
  handleCommand(extendCycleUpdate, extendCycleInputSchema, {
    accepting,
    validate: (input) => validateExtend(state, input),
    apply: (input, by) => {
      commandTaken(true);
      for (const occurrence of extendCycle(state, input)) {
        record.push({ type: 'occurrenceUpdated', actor: by, occurrence });
      }
      return state;
    },
  });
  handleCommand(closeCycleUpdate, closeCycleInputSchema, {
    accepting,
    validate: () => undefined,
    apply: (input, by) => {
      commandTaken(true);
      return close(by, input.reason);
    },
  });

  handleCommand(escalateQuestionUpdate, escalateQuestionInputSchema, {
    accepting,
    validate: (input) => validateEscalateQuestion(state, input),
    apply: (input, by) => {
      commandTaken(false);
      const { question, request } = escalateQuestion(state, input, by, now());
      record.push({ type: 'questionUpdated', actor: by, question });
      escalations.push({ request });
      return question;
    },
  });

  // An answer may arrive while the cycle is closing; it still belongs on its question.
  setHandler(escalationAnsweredSignal, (answer) => {
    const question = applyAnswer(state, answer);
    if (question) record.push({ type: 'questionUpdated', actor: answer.decision.decidedBy, question });
  });

  setHandler(groupOutcomeSignal, (outcome) => {
    const question = applyGroupOutcome(state, outcome, now());
    if (question) record.push({ type: 'questionUpdated', actor: outcome.completedBy, question });
  });

  let continuing = false;
  const flushing = record.run(() => state.status === 'closed' || continuing);
  const escalating = escalations.run(() => state.status === 'closed' || continuing);
  const shouldContinueAsNew = () => updatesThisRun >= updatesPerRun || workflowInfo().continueAsNewSuggested;

  for (;;) {
    advance();
    if (state.status === 'closed') break;
    const nextAt = Math.min(
      closesAt(state),
      nextOccurrenceStart(state.occurrences) ?? Infinity,
      nextCheckpointEvent(state) ?? Infinity,
      nextCheckpointEscalation(state) ?? Infinity,
    );
    state.nextEventAt = new Date(nextAt).toISOString();
    recordHeader();
    if (shouldContinueAsNew()) {
      continuing = true;
      break;
    }
    wake = false;
    await sleepUntil(nextAt, () => wake || shouldContinueAsNew());
  }

  recordHeader();
  // Every accepted command is applied and every change recorded before this run ends.
  await condition(allHandlersFinished);
  await escalating;
  await flushing;
  if (continuing) {
    return continueAsNew<typeof learningCycle>(launch, {
      state,
      recordSequence: record.lastSequence,
      unrecorded: record.unsent,
      escalationSequence: escalations.lastSequence,
      unsentEscalations: escalations.unsent,
    });
  }
  return summary!;
}
