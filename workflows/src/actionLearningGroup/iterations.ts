import {
  groupSteps,
  type AdvanceGroupInput,
  type ConcludedStep,
  type GroupMeeting,
  type GroupState,
  type GroupStep,
} from '@leercyclus/domain/workflow';
import { refuse } from '../shared/commandErrors.js';
import { findMember, takePart } from './members.js';

/** The step after this one; after `evaluate` a new iteration starts with `formulate`. */
export function stepAfter(step: GroupStep): GroupStep {
  return groupSteps[(groupSteps.indexOf(step) + 1) % groupSteps.length]!;
}

function findMeeting(state: GroupState, id: string): GroupMeeting {
  const meeting = state.meetings.find((m) => m.id === id);
  if (!meeting) throw refuse('notFound', `meetingId: group ${state.slug} has no meeting ${id}`);
  return meeting;
}

export function validateAdvance(state: GroupState, input: AdvanceGroupInput, now: number): void {
  const expected = state.nextStep!;
  if (input.step !== expected) {
    const skipped = groupSteps.indexOf(input.step) > groupSteps.indexOf(expected);
    throw refuse(
      'invalid',
      skipped
        ? `step: iteration ${state.currentIteration} is at ${expected}; ${input.step} cannot come before it, no step is skipped`
        : `step: iteration ${state.currentIteration} is at ${expected}; ${input.step} was concluded already`,
    );
  }
  if (input.meetingId !== undefined) {
    const meeting = findMeeting(state, input.meetingId);
    if (Date.parse(meeting.startsAt) > now) {
      throw refuse('invalid', `meetingId: ${meeting.id} has not started yet`);
    }
  }
  if (input.step === 'act') {
    for (const [index, memberId] of input.takenBy.entries()) findMember(state, memberId, `takenBy.${index}`);
  }
}

/**
 * Concludes the next step. Formulate may give the question a new wording (each wording is kept with its date);
 * act records the real action and who took it; evaluate closes the iteration and starts the next one.
 */
export function advance(state: GroupState, input: AdvanceGroupInput, by: string, now: number): ConcludedStep {
  const at = new Date(now).toISOString();
  const iteration = state.iterations.at(-1)!;
  const step: ConcludedStep = {
    step: input.step,
    conclusion: input.conclusion,
    concludedAt: at,
    concludedBy: by,
    meetingId: input.meetingId ?? null,
    question: null,
    goal: null,
    action: null,
    changed: null,
  };
  switch (input.step) {
    case 'formulate':
      if (input.question !== undefined && input.question !== state.question) {
        step.question = input.question;
        state.question = input.question;
        state.questionWordings.push({ text: input.question, since: at, by, iteration: iteration.number });
      }
      break;
    case 'setGoal':
      step.goal = input.goal;
      break;
    case 'act':
      step.action = { description: input.action, takenBy: [...new Set(input.takenBy)] };
      for (const memberId of step.action.takenBy) takePart(state, findMember(state, memberId));
      break;
    case 'evaluate':
      step.changed = input.changed;
      break;
    default:
      break;
  }
  if (input.meetingId !== undefined) findMeeting(state, input.meetingId).status = 'held';
  iteration.steps.push(step);
  state.nextStep = stepAfter(input.step);
  if (input.step === 'evaluate') {
    iteration.completedAt = at;
    state.currentIteration += 1;
    state.iterations.push({
      number: state.currentIteration,
      startedAt: at,
      completedAt: null,
      participants: [],
      steps: [],
    });
    for (const member of state.members) if (member.active) takePart(state, member);
  }
  return step;
}

/** Iterations that went through all six steps. */
export function completedIterations(state: GroupState): number {
  return state.iterations.filter((i) => i.completedAt !== null).length;
}
