import {
  allHandlersFinished,
  condition,
  continueAsNew,
  proxyActivities,
  setHandler,
  workflowInfo,
} from '@temporalio/workflow';
import {
  advanceGroupInputSchema,
  completeGroupInputSchema,
  escalateObstacleInputSchema,
  joinGroupInputSchema,
  leaveGroupInputSchema,
  raiseObstacleInputSchema,
  submitGroupEvaluationInputSchema,
  type GroupLaunch,
  type GroupOutcome,
  type GroupRecordHeader,
  type GroupResult,
  type GroupState,
  type LessonReturn,
} from '@leercyclus/domain';
import {
  advanceGroupUpdate,
  completeGroupUpdate,
  escalateObstacleUpdate,
  groupStateQuery,
  joinGroupUpdate,
  leaveGroupUpdate,
  raiseObstacleUpdate,
  submitGroupEvaluationUpdate,
} from '../messages/actionLearningGroup.js';
import { escalationAnsweredSignal } from '../messages/managementTable.js';
import type { RoutingActivities } from '../activities.js';
import { escalationQueue } from '../shared/escalationQueue.js';
import { nextCheckpointEvent, submitEvaluation, validateSubmitEvaluation } from '../shared/checkpoints.js';
import { advanceAndRecordCheckpoints, handleRemindCommand } from '../shared/checkpointCommands.js';
import { handleCommand, refuseWhenClosed } from '../shared/command.js';
import { sleepUntil } from '../shared/eventLoop.js';
import { ProcessIndexer } from '../shared/processSearchAttributes.js';
import { completeGroup, groupResult } from './completion.js';
import { advance, validateAdvance } from './iterations.js';
import { markDueMeetings, nextMeetingStart } from './meetings.js';
import { join, leave, validateJoin, validateLeave } from './members.js';
import {
  applyObstacleAnswer,
  escalateObstacle,
  raiseObstacle,
  validateEscalateObstacle,
} from './obstacles.js';
import { groupRecordQueue } from './record.js';
import { initialGroupState, type CarriedGroup } from './state.js';

const { deliverGroupOutcome } = proxyActivities<RoutingActivities>({
  startToCloseTimeout: '1 minute',
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '1 minute' },
});

/** Updates accepted per run before continuing as new, well below the server's 2,000 per execution. */
const updatesPerRun = 1_000;

/**
 * An action-learning group: a pressing practice question worked on in iterations (formulate, analyse, reflect,
 * set a goal, act, evaluate), with members joining and leaving, meetings on a weekly cadence and evaluation
 * checkpoints chased with the same shared parts as a learning cycle. It ends when it is completed with what was
 * embedded in daily work; when it came from a cycle's question its lesson goes back to that cycle.
 */
export async function actionLearningGroup(launch: GroupLaunch, carried?: CarriedGroup): Promise<GroupResult> {
  const state: GroupState = carried?.state ?? initialGroupState(launch, Date.now());
  const record = groupRecordQueue(state.groupId, carried?.recordSequence ?? 0, carried?.unrecorded);
  const escalations = escalationQueue(
    state.groupId,
    carried?.escalationSequence ?? 0,
    carried?.unsentEscalations,
  );
  const index = new ProcessIndexer();
  const now = () => Date.now();
  let result: GroupResult | undefined;
  let wake = false;
  let updatesThisRun = 0;
  let lastHeader = '';

  const header = (): GroupRecordHeader => ({
    slug: state.slug,
    programmeId: state.programmeId,
    question: state.question,
    theme: state.theme,
    startsOn: state.startsOn,
    endsOn: state.endsOn,
    timeZone: state.timeZone,
    status: state.status,
    overdueCheckpoints: state.overdueCheckpoints,
    nextEventAt: state.nextEventAt,
  });

  // The group's own row comes first in the record: everything else in it refers to that row.
  if (!carried) {
    record.push({ type: 'groupUpdated', actor: launch.launchedBy, group: header() });
    for (const member of state.members)
      record.push({ type: 'memberUpdated', actor: launch.launchedBy, member });
    for (const checkpoint of state.checkpoints) {
      record.push({ type: 'checkpointUpdated', actor: launch.launchedBy, checkpoint });
    }
  }

  function recordHeader(): void {
    const group = header();
    const serialized = JSON.stringify(group);
    if (serialized === lastHeader) return;
    lastHeader = serialized;
    record.push({ type: 'groupUpdated', actor: 'system', group });
    index.update({
      status: state.status,
      nextEventAt: state.nextEventAt,
      overdueCheckpoints: state.overdueCheckpoints,
    });
  }

  /** What the timers do: meetings turn due, checkpoints overdue, reminders go out. */
  function tick(): void {
    const at = now();
    markDueMeetings(state.meetings, at);
    advanceAndRecordCheckpoints(state, record, at);
  }

  /**
   * Sends the outcome to the cycle the question came from or, once that has closed, to its programme's running
   * cycle; with neither, the lesson stays on the record.
   */
  async function returnLesson(outcome: GroupOutcome): Promise<LessonReturn> {
    const delivery = await deliverGroupOutcome(outcome);
    return {
      cycleId: outcome.cycleId,
      questionNumber: outcome.questionNumber,
      outcomeId: outcome.outcomeId,
      delivery,
      at: new Date(now()).toISOString(),
    };
  }

  const accepting = refuseWhenClosed(() => state.status === 'closed', `Group ${state.slug}`);
  const commandTaken = (wakes: boolean) => {
    updatesThisRun += 1;
    if (wakes) wake = true;
  };

  setHandler(groupStateQuery, () => state);

  handleCommand(joinGroupUpdate, joinGroupInputSchema, {
    accepting,
    validate: (input) => validateJoin(state, input, now()),
    apply: (input, by) => {
      commandTaken(false);
      const member = join(state, input, now());
      record.push({ type: 'memberUpdated', actor: by, member });
      return member;
    },
  });
  handleCommand(leaveGroupUpdate, leaveGroupInputSchema, {
    accepting,
    validate: (input) => validateLeave(state, input, now()),
    apply: (input, by) => {
      commandTaken(false);
      const member = leave(state, input, now());
      record.push({ type: 'memberUpdated', actor: by, member });
      return member;
    },
  });
  handleCommand(advanceGroupUpdate, advanceGroupInputSchema, {
    accepting,
    validate: (input) => validateAdvance(state, input, now()),
    apply: (input, by) => {
      // Wakes the loop: a new wording of the question changes the group's row in the record.
      commandTaken(true);
      const iteration = state.currentIteration;
      const step = advance(state, input, by, now());
      record.push({ type: 'stepConcluded', actor: by, iteration, step });
      if (input.step === 'act' || input.step === 'evaluate') {
        for (const member of state.members) record.push({ type: 'memberUpdated', actor: by, member });
      }
      return step;
    },
  });
  handleCommand(submitGroupEvaluationUpdate, submitGroupEvaluationInputSchema, {
    accepting,
    validate: (input) => validateSubmitEvaluation(state, input),
    apply: (input, by) => {
      commandTaken(true);
      const checkpoint = submitEvaluation(state, { ...input, sharpenedQuestions: [] }, by, now());
      const sharper = input.reformulatedQuestion;
      if (sharper !== undefined && sharper !== state.question) {
        state.question = sharper;
        state.questionWordings.push({
          text: sharper,
          since: new Date(now()).toISOString(),
          by,
          iteration: state.currentIteration,
        });
      }
      record.push({ type: 'checkpointUpdated', actor: by, checkpoint });
      return checkpoint;
    },
  });
  handleRemindCommand(state, record, accepting, () => commandTaken(false));
  handleCommand(raiseObstacleUpdate, raiseObstacleInputSchema, {
    accepting,
    validate: () => undefined,
    apply: (input, by) => {
      commandTaken(false);
      const obstacle = raiseObstacle(state, input, by, now());
      record.push({ type: 'obstacleUpdated', actor: by, obstacle });
      return obstacle;
    },
  });
  handleCommand(escalateObstacleUpdate, escalateObstacleInputSchema, {
    accepting,
    validate: (input) => validateEscalateObstacle(state, input),
    apply: (input, by) => {
      commandTaken(false);
      const { obstacle, request } = escalateObstacle(state, input, by, now());
      record.push({ type: 'obstacleUpdated', actor: by, obstacle });
      escalations.push({ request });
      return obstacle;
    },
  });

  setHandler(escalationAnsweredSignal, (answer) => {
    const obstacle = applyObstacleAnswer(state, answer);
    if (obstacle) record.push({ type: 'obstacleUpdated', actor: answer.decision.decidedBy, obstacle });
  });

  handleCommand(completeGroupUpdate, completeGroupInputSchema, {
    accepting,
    validate: () => undefined,
    apply: async (input, by) => {
      commandTaken(true);
      // Closed at once, so the validators refuse every later command while the lesson is on its way.
      const { completion, outcome } = completeGroup(state, input, by, now());
      if (outcome) completion.lessonReturn = await returnLesson(outcome);
      record.push({ type: 'groupCompleted', actor: by, completion, outcome });
      result = groupResult(state, outcome);
      return result;
    },
  });

  let continuing = false;
  const flushing = record.run(() => (state.status === 'closed' && result !== undefined) || continuing);
  const escalating = escalations.run(() => (state.status === 'closed' && result !== undefined) || continuing);
  const shouldContinueAsNew = () => updatesThisRun >= updatesPerRun || workflowInfo().continueAsNewSuggested;

  for (;;) {
    if (state.status === 'closed') break;
    tick();
    const nextAt = Math.min(
      nextMeetingStart(state.meetings) ?? Infinity,
      nextCheckpointEvent(state) ?? Infinity,
    );
    state.nextEventAt = Number.isFinite(nextAt) ? new Date(nextAt).toISOString() : null;
    recordHeader();
    if (shouldContinueAsNew()) {
      continuing = true;
      break;
    }
    wake = false;
    if (Number.isFinite(nextAt)) await sleepUntil(nextAt, () => wake || shouldContinueAsNew());
    else await condition(() => wake || shouldContinueAsNew());
  }

  // Every accepted command is applied (the lesson sent) and every change recorded before this run ends.
  await condition(allHandlersFinished);
  recordHeader();
  await escalating;
  await flushing;
  if (continuing) {
    return continueAsNew<typeof actionLearningGroup>(launch, {
      state,
      recordSequence: record.lastSequence,
      unrecorded: record.unsent,
      escalationSequence: escalations.lastSequence,
      unsentEscalations: escalations.unsent,
    });
  }
  return result!;
}
