import { useQuery } from '@tanstack/react-query';
import type { RouterOutputs } from '@leercyclus/api';
import { useTRPC } from '../../../trpc/trpc';

/** An answer reaches the cycle a moment after the table decides (the worker routes it): look again meanwhile. */
const answerPollMs = 10_000;

/** Escalated questions still without an answer. */
export function awaitingAnswer(cycle: RouterOutputs['cycles']['get']) {
  return cycle.questions.filter((question) => question.escalation && !question.escalation.decision);
}

/** Reads the running cycle again every few seconds while one of its escalations awaits the table's answer. */
export function useWatchAnswers(cycle: RouterOutputs['cycles']['get']): void {
  const trpc = useTRPC();
  const waiting = cycle.status === 'running' && awaitingAnswer(cycle).length > 0;
  useQuery(
    trpc.cycles.get.queryOptions(
      { programmeId: cycle.programmeId, number: cycle.number },
      { enabled: waiting, refetchInterval: waiting ? answerPollMs : false },
    ),
  );
}
