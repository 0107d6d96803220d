import { condition, log, patched, workflowInfo } from '@temporalio/workflow';
import {
  cycleRecordHeader,
  type AddQuestionActionInput,
  type AddQuestionInput,
  type CloseCycleInput,
  type CycleLaunch,
  type CycleRecordHeader,
  type CycleState,
  type CycleSummary,
  type EscalateQuestionInput,
  type EscalationAnswer,
  type ExtendCycleInput,
  type GroupOutcome,
  type MoveOccurrenceInput,
  type RecordActionEffectInput,
  type RecordSessionInput,
  type SubmitEvaluationInput,
  type UpdateQuestionInput,
} from '@leercyclus/domain/workflow';
import type { CycleMemo } from '../messages/startOptions.js';
import { advanceAndRecordCheckpoints, remindCommand } from '../shared/checkpointCommands.js';
import { nextCheckpointEvent, submitEvaluation, validateSubmitEvaluation } from '../shared/checkpoints.js';
import type { AppliedUpdate, Process } from '../shared/process.js';
import {
  addQuestion,
  applyGroupOutcome,
  findQuestion,
  updateQuestion,
  validateAddQuestion,
  validateUpdateQuestion,
} from './agenda.js';
import {
  applyAnswer,
  escalateOverdueCheckpoints,
  escalateQuestion,
  nextCheckpointEscalation,
  validateEscalateQuestion,
} from './escalations.js';
import { closeCycle, closesAt, extendCycle, validateExtend } from './lifecycle.js';
import {
  markDueOccurrences,
  moveOccurrence,
  nextOccurrenceStart,
  recordSession,
  validateMoveOccurrence,
  validateRecordSession,
} from './occurrences.js';
import {
  addQuestionAction,
  recordActionEffect,
  validateAddQuestionAction,
  validateRecordActionEffect,
} from './questionActions.js';
import { cycleRecord } from './record.js';
import { initialCycleState, type CarriedCycle } from './state.js';
import { routingActivities } from '../shared/activityProxies.js';

const { catchUpCarried } = routingActivities;

const now = () => Date.now();

/**
 * A learning cycle's state and what each message and timer does to it; the workflow function wires messages to
 * these methods. Every change goes to the record queue as a snapshot, in order.
 */
export class Cycle {
  readonly state: CycleState;
  readonly record;
  readonly escalations;
  summary: CycleSummary | undefined;
  private readonly parts: ReturnType<typeof cycleRecord>;

  constructor(
    launch: CycleLaunch | null,
    carried: CarriedCycle | undefined,
    private readonly process: Process,
  ) {
    this.state = carried?.state ?? initialCycleState(launch!);
    this.parts = cycleRecord(process, this.state, carried);
    this.record = this.parts.record;
    this.escalations = this.parts.escalations;
    // The cycle's own row comes first in the record: everything else in it refers to that row. Its whole
    // calendar and its checkpoints follow, so its page can be read from the record once Temporal forgets it.
    if (!carried) {
      const actor = launch!.launchedBy;
      this.record.push({ type: 'cycleUpdated', actor, cycle: this.header() });
      if (process.durable) {
        for (const occurrence of this.state.occurrences)
          this.record.push({ type: 'occurrenceUpdated', actor, occurrence });
        for (const checkpoint of this.state.checkpoints)
          this.record.push({ type: 'checkpointUpdated', actor, checkpoint });
      }
    }
    if (!carried && launch) this.catchUpWhenCarrying(launch);
  }

  get describe(): string {
    return `Cycle ${this.state.number} of ${this.state.programmeId}`;
  }

  readonly recordSession = {
    validate: (input: RecordSessionInput) => validateRecordSession(this.state, input, now()),
    apply: (input: RecordSessionInput, by: string) => {
      const occurrence = recordSession(this.state, input, by, now());
      this.record.push({ type: 'occurrenceUpdated', actor: by, occurrence });
      return occurrence;
    },
  };

  readonly addQuestion = {
    validate: (input: AddQuestionInput) => validateAddQuestion(this.state, input),
    apply: (input: AddQuestionInput, by: string) => {
      const question = addQuestion(this.state, input, by, now());
      this.record.push({ type: 'questionUpdated', actor: by, question });
      return question;
    },
  };

  readonly updateQuestion = {
    validate: (input: UpdateQuestionInput) => validateUpdateQuestion(this.state, input),
    apply: (input: UpdateQuestionInput, by: string) => {
      const question = updateQuestion(this.state, input, by, now());
      this.record.push({ type: 'questionUpdated', actor: by, question });
      return question;
    },
  };

  readonly addQuestionAction = {
    validate: (input: AddQuestionActionInput) => validateAddQuestionAction(this.state, input),
    apply: (input: AddQuestionActionInput, by: string) => {
      const question = addQuestionAction(this.state, input, by, now());
      this.record.push({ type: 'questionUpdated', actor: by, question });
      return question;
    },
  };

  readonly recordActionEffect = {
    validate: (input: RecordActionEffectInput) => validateRecordActionEffect(this.state, input),
    apply: (input: RecordActionEffectInput, by: string) => {
      const question = recordActionEffect(this.state, input, by, now());
      this.record.push({ type: 'questionUpdated', actor: by, question });
      return question;
    },
  };

  readonly submitEvaluation = {
    wakes: true,
    validate: (input: SubmitEvaluationInput) => {
      validateSubmitEvaluation(this.state, input);
      for (const sharpened of input.sharpenedQuestions) findQuestion(this.state, sharpened.questionNumber);
    },
    apply: (input: SubmitEvaluationInput, by: string) => {
      for (const sharpened of input.sharpenedQuestions) {
        const question = updateQuestion(this.state, sharpened, by, now());
        this.record.push({ type: 'questionUpdated', actor: by, question });
      }
      const checkpoint = submitEvaluation(this.state, input, by, now());
      this.record.push({ type: 'checkpointUpdated', actor: by, checkpoint });
      return checkpoint;
    },
  };

  get remindCheckpoint() {
    return remindCommand(this.state, this.record);
  }

  readonly moveOccurrence = {
    wakes: true,
    validate: (input: MoveOccurrenceInput) => validateMoveOccurrence(this.state, input),
    apply: (input: MoveOccurrenceInput, by: string) => {
      const occurrence = moveOccurrence(this.state, input, by, now());
      this.record.push({ type: 'occurrenceUpdated', actor: by, occurrence });
      return occurrence;
    },
  };

  readonly extend = {
    wakes: true,
    validate: (input: ExtendCycleInput) => validateExtend(this.state, input),
    apply: (input: ExtendCycleInput, by: string) => {
      const added = extendCycle(this.state, input);
      for (const occurrence of added) this.record.push({ type: 'occurrenceUpdated', actor: by, occurrence });
      return { endsOn: this.state.endsOn, added };
    },
  };

  readonly close = {
    wakes: true,
    apply: (input: CloseCycleInput, by: string) => this.closeNow(by, input.reason),
  };

  readonly escalateQuestion = {
    validate: (input: EscalateQuestionInput) => validateEscalateQuestion(this.state, input),
    apply: (input: EscalateQuestionInput, by: string) => {
      const { question, request } = escalateQuestion(this.state, input, by, now(), this.process.chainPrefix);
      this.record.push({ type: 'questionUpdated', actor: by, question });
      this.escalations.push({ request });
      return question;
    },
  };

  /** A table's answer lands on its question or checkpoint, also while the cycle is closing. */
  readonly answer = (answer: EscalationAnswer): void => {
    const landed = applyAnswer(this.state, answer);
    const actor = answer.decision.decidedBy;
    if (landed?.question) this.record.push({ type: 'questionUpdated', actor, question: landed.question });
    if (landed?.checkpoint)
      this.record.push({ type: 'checkpointUpdated', actor, checkpoint: landed.checkpoint });
    if (!landed) log.info('An answer matched nothing on this cycle', { escalationId: answer.escalationId });
  };

  readonly groupOutcome = (outcome: GroupOutcome): void => {
    const question = applyGroupOutcome(this.state, outcome, now());
    if (question) this.record.push({ type: 'questionUpdated', actor: outcome.completedBy, question });
    else log.info('A group outcome matched no question on this cycle', { outcomeId: outcome.outcomeId });
  };

  /** What the timers do: occurrences turn due, checkpoints overdue, reminders go out, the cycle ends. */
  readonly tick = (): number | undefined => {
    const at = now();
    const state = this.state;
    for (const occurrence of markDueOccurrences(state.occurrences, at)) {
      this.record.push({ type: 'occurrenceUpdated', actor: 'system', occurrence });
    }
    advanceAndRecordCheckpoints(state, this.record, at, this.process.reminderRules);
    for (const request of escalateOverdueCheckpoints(state, at, this.process.chainPrefix, worded)) {
      this.escalations.push({ request });
      const checkpoint = state.checkpoints.find((c) => c.id === request.source.checkpointId)!;
      this.record.push({ type: 'checkpointUpdated', actor: 'system', checkpoint });
    }
    if (state.status === 'running' && at >= closesAt(state)) this.closeNow('system', 'end date reached');
    if (state.status === 'closed') return undefined;
    const nextAt = Math.min(
      closesAt(state),
      nextOccurrenceStart(state.occurrences) ?? Infinity,
      nextCheckpointEvent(state, this.process.reminderRules) ?? Infinity,
      nextCheckpointEscalation(state) ?? Infinity,
    );
    state.nextEventAt = new Date(nextAt).toISOString();
    this.recordHeader();
    return nextAt;
  };

  readonly done = (): boolean => this.state.status === 'closed';

  readonly finish = (): void => this.recordHeader();

  /** The cycle's row in the record and its search attributes follow its header, once per real change. */
  private recordHeader(): void {
    this.parts.header(this.header(), (cycle) => ({ type: 'cycleUpdated', actor: 'system', cycle }));
  }

  /** The record's header; processes started before it carried the launch details keep the short one. */
  private header(): CycleRecordHeader {
    if (this.process.durable) {
      const requestId = (workflowInfo().memo as CycleMemo | undefined)?.requestId;
      return cycleRecordHeader(this.state, requestId);
    }
    const s = this.state;
    return {
      programmeId: s.programmeId,
      number: s.number,
      title: s.title,
      startsOn: s.startsOn,
      endsOn: s.endsOn,
      timeZone: s.timeZone,
      districts: s.districts,
      status: s.status,
      overdueCheckpoints: s.overdueCheckpoints,
      nextEventAt: s.nextEventAt,
    };
  }

  private closeNow(by: string, reason: string): CycleSummary {
    const closing = closeCycle(this.state, by, reason, now(), this.process.chainPrefix, worded);
    for (const question of closing.carried)
      this.record.push({ type: 'questionUpdated', actor: by, question });
    for (const request of closing.escalations) this.escalations.push({ request });
    this.summary = closing.summary;
    return closing.summary;
  }

  /**
   * Answers and lessons for the carried questions that reached the record while this cycle was being launched:
   * asked once the cycle's own row is in the record, so routing, which stores before it signals, cannot miss
   * both this cycle and the record.
   */
  private catchUpWhenCarrying(launch: CycleLaunch): void {
    const carried = launch.carriedOverQuestions;
    const escalationIds = carried.flatMap((q) =>
      q.escalation && !q.escalation.decision ? [q.escalation.id] : [],
    );
    const origins = carried.flatMap((q) =>
      q.carriedFrom ? [{ cycleId: q.carriedFrom.cycleId, questionNumber: q.carriedFrom.number }] : [],
    );
    if (escalationIds.length === 0 && origins.length === 0) return;
    if (!patched('catch-up-carried-questions')) return;
    this.process.task(async () => {
      await condition(() => this.record.idle);
      const { state } = this;
      const news = await catchUpCarried({
        cycleId: state.cycleId,
        programmeId: state.programmeId,
        escalationIds,
        origins,
      });
      for (const answer of news.answers) this.answer(answer);
      for (const outcome of news.outcomes) this.groupOutcome(outcome);
    });
  }

  carry(appliedUpdates: AppliedUpdate[]): CarriedCycle {
    return { state: this.state, ...this.parts.carry(appliedUpdates) };
  }
}

/**
 * Escalations the cycle raises by itself carry a code with parameters for the panel to word; histories from
 * before the codes hand the tables exactly what they handed then. Asked only when something is escalated.
 */
function worded(): boolean {
  return patched('escalation-wording');
}
