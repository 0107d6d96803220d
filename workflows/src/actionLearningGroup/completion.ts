import type {
  CompleteGroupInput,
  GroupCompletion,
  GroupOutcome,
  GroupResult,
  GroupState,
} from '@leercyclus/domain/workflow';
import { completedIterations } from './iterations.js';

/**
 * Completes the group with what was embedded in daily work, what was not and why, and its lessons. When it came
 * from a cycle's question, the outcome to send back there is returned too; where it went is set on
 * `completion.lessonReturn` once the sending has been tried.
 */
export function completeGroup(
  state: GroupState,
  input: CompleteGroupInput,
  by: string,
  now: number,
): { completion: GroupCompletion; outcome: GroupOutcome | null } {
  const at = new Date(now).toISOString();
  const completion: GroupCompletion = {
    at,
    by,
    embedded: input.embedded,
    notEmbedded: input.notEmbedded,
    lessons: input.lessons,
    iterationsCompleted: completedIterations(state),
    lessonReturn: null,
  };
  state.status = 'closed';
  state.nextStep = null;
  state.nextEventAt = null;
  state.completion = completion;
  // An iteration begun but not gone through keeps its steps; the meetings still planned will not be held.
  for (const meeting of state.meetings) if (meeting.status === 'planned') meeting.status = 'cancelled';
  const link = state.fromCycleQuestion;
  const outcome: GroupOutcome | null = link
    ? {
        outcomeId: `${state.groupId}/outcome`,
        groupId: state.groupId,
        groupSlug: state.slug,
        programmeId: state.programmeId,
        cycleId: link.cycleId,
        questionNumber: link.questionNumber,
        question: state.question,
        theme: state.theme,
        lessons: input.lessons,
        embedded: input.embedded,
        notEmbedded: input.notEmbedded,
        iterationsCompleted: completion.iterationsCompleted,
        completedAt: at,
        completedBy: by,
      }
    : null;
  return { completion, outcome };
}

export function groupResult(state: GroupState, outcome: GroupOutcome | null): GroupResult {
  return {
    groupId: state.groupId,
    slug: state.slug,
    programmeId: state.programmeId,
    question: state.question,
    completion: state.completion!,
    outcome,
  };
}
