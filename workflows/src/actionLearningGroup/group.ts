import type {
  AdvanceGroupInput,
  CompleteGroupInput,
  EscalateObstacleInput,
  EscalationAnswer,
  GroupLaunch,
  GroupOutcome,
  GroupRecordHeader,
  GroupResult,
  GroupState,
  JoinGroupInput,
  LeaveGroupInput,
  LessonReturn,
  RaiseObstacleInput,
  SubmitGroupEvaluationInput,
} from '@leercyclus/domain/workflow';
import { log } from '@temporalio/workflow';
import { advanceAndRecordCheckpoints, remindCommand } from '../shared/checkpointCommands.js';
import { nextCheckpointEvent, submitEvaluation, validateSubmitEvaluation } from '../shared/checkpoints.js';
import type { AppliedUpdate, Process } from '../shared/process.js';
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
import { groupRecord } from './record.js';
import { initialGroupState, type CarriedGroup } from './state.js';
import { routingActivities } from '../shared/activityProxies.js';

const { deliverGroupOutcome } = routingActivities;

const now = () => Date.now();

/**
 * An action-learning group's state and what each message and timer does to it; the workflow function wires
 * messages to these methods. Every change goes to the record queue as a snapshot, in order.
 */
export class Group {
  readonly state: GroupState;
  readonly record;
  readonly escalations;
  result: GroupResult | undefined;
  private readonly parts: ReturnType<typeof groupRecord>;

  constructor(
    launch: GroupLaunch | null,
    carried: CarriedGroup | undefined,
    private readonly process: Process,
  ) {
    this.state = carried?.state ?? initialGroupState(launch!, now());
    this.parts = groupRecord(process, this.state, carried);
    this.record = this.parts.record;
    this.escalations = this.parts.escalations;
    // The group's own row comes first in the record: everything else in it refers to that row.
    if (!carried) {
      const actor = this.state.launchedBy;
      this.record.push({ type: 'groupUpdated', actor, group: this.header() });
      for (const member of this.state.members) this.record.push({ type: 'memberUpdated', actor, member });
      for (const checkpoint of this.state.checkpoints) {
        this.record.push({ type: 'checkpointUpdated', actor, checkpoint });
      }
    }
  }

  get describe(): string {
    return `Group ${this.state.slug}`;
  }

  readonly join = {
    validate: (input: JoinGroupInput) => validateJoin(this.state, input, now()),
    apply: (input: JoinGroupInput, by: string) => {
      const member = join(this.state, input, now());
      this.record.push({ type: 'memberUpdated', actor: by, member });
      return member;
    },
  };

  readonly leave = {
    validate: (input: LeaveGroupInput) => validateLeave(this.state, input, now()),
    apply: (input: LeaveGroupInput, by: string) => {
      const member = leave(this.state, input, now());
      this.record.push({ type: 'memberUpdated', actor: by, member });
      return member;
    },
  };

  /** Wakes the loop: a new wording of the question changes the group's row in the record. */
  readonly advance = {
    wakes: true,
    validate: (input: AdvanceGroupInput) => validateAdvance(this.state, input, now()),
    apply: (input: AdvanceGroupInput, by: string) => {
      const iteration = this.state.currentIteration;
      const step = advance(this.state, input, by, now());
      this.record.push({ type: 'stepConcluded', actor: by, iteration, step });
      if (input.step === 'act' || input.step === 'evaluate') {
        for (const member of this.state.members)
          this.record.push({ type: 'memberUpdated', actor: by, member });
      }
      return step;
    },
  };

  readonly submitEvaluation = {
    wakes: true,
    validate: (input: SubmitGroupEvaluationInput) => validateSubmitEvaluation(this.state, input),
    apply: (input: SubmitGroupEvaluationInput, by: string) => {
      const state = this.state;
      const checkpoint = submitEvaluation(state, { ...input, sharpenedQuestions: [] }, by, now());
      const sharper = input.reformulatedQuestion;
      if (sharper !== undefined && sharper !== state.question) {
        state.question = sharper;
        const since = new Date(now()).toISOString();
        state.questionWordings.push({ text: sharper, since, by, iteration: state.currentIteration });
      }
      this.record.push({ type: 'checkpointUpdated', actor: by, checkpoint });
      return checkpoint;
    },
  };

  get remindCheckpoint() {
    return remindCommand(this.state, this.record);
  }

  readonly raiseObstacle = {
    apply: (input: RaiseObstacleInput, by: string) => {
      const obstacle = raiseObstacle(this.state, input, by, now());
      this.record.push({ type: 'obstacleUpdated', actor: by, obstacle });
      return obstacle;
    },
  };

  readonly escalateObstacle = {
    validate: (input: EscalateObstacleInput) => validateEscalateObstacle(this.state, input),
    apply: (input: EscalateObstacleInput, by: string) => {
      const prefix = this.process.chainPrefix;
      const { obstacle, request } = escalateObstacle(this.state, input, by, now(), prefix);
      this.record.push({ type: 'obstacleUpdated', actor: by, obstacle });
      this.escalations.push({ request });
      return obstacle;
    },
  };

  /** Closed at once, so the validators refuse every later command while the lesson is on its way. */
  readonly complete = {
    wakes: true,
    apply: async (input: CompleteGroupInput, by: string) => {
      const { completion, outcome } = completeGroup(this.state, input, by, now());
      if (outcome) completion.lessonReturn = await this.returnLesson(outcome);
      this.record.push({ type: 'groupCompleted', actor: by, completion, outcome });
      this.result = groupResult(this.state, outcome);
      return this.result;
    },
  };

  readonly answer = (answer: EscalationAnswer): void => {
    const obstacle = applyObstacleAnswer(this.state, answer);
    if (obstacle) this.record.push({ type: 'obstacleUpdated', actor: answer.decision.decidedBy, obstacle });
    else
      log.info('An answer matched no open escalation of this group', { escalationId: answer.escalationId });
  };

  /** What the timers do: meetings turn due, checkpoints overdue, reminders go out. */
  readonly tick = (): number | undefined => {
    const state = this.state;
    if (state.status === 'closed') return undefined;
    const at = now();
    markDueMeetings(state.meetings, at);
    advanceAndRecordCheckpoints(state, this.record, at, this.process.reminderRules);
    const nextAt = Math.min(
      nextMeetingStart(state.meetings) ?? Infinity,
      nextCheckpointEvent(state, this.process.reminderRules) ?? Infinity,
    );
    state.nextEventAt = Number.isFinite(nextAt) ? new Date(nextAt).toISOString() : null;
    this.recordHeader();
    return Number.isFinite(nextAt) ? nextAt : undefined;
  };

  readonly done = (): boolean => this.state.status === 'closed';

  readonly finish = (): void => this.recordHeader();

  private recordHeader(): void {
    this.parts.header(this.header(), (group) => ({ type: 'groupUpdated', actor: 'system', group }));
  }

  private header(): GroupRecordHeader {
    const s = this.state;
    return {
      slug: s.slug,
      programmeId: s.programmeId,
      question: s.question,
      theme: s.theme,
      startsOn: s.startsOn,
      endsOn: s.endsOn,
      timeZone: s.timeZone,
      status: s.status,
      overdueCheckpoints: s.overdueCheckpoints,
      nextEventAt: s.nextEventAt,
    };
  }

  /**
   * Sends the outcome to the cycle the question came from or, once that has closed, to its programme's running
   * cycle; with neither, the lesson stays on the record.
   */
  private async returnLesson(outcome: GroupOutcome): Promise<LessonReturn> {
    const delivery = await deliverGroupOutcome(outcome);
    const { cycleId, questionNumber, outcomeId } = outcome;
    return { cycleId, questionNumber, outcomeId, delivery, at: new Date(now()).toISOString() };
  }

  carry(appliedUpdates: AppliedUpdate[]): CarriedGroup {
    return { state: this.state, ...this.parts.carry(appliedUpdates) };
  }
}
