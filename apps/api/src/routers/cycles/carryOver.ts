import { TRPCError } from '@trpc/server';
import type { Client } from '@temporalio/client';
import { answeredQuestion, cycleWorkflowId, type LearningQuestion } from '@leercyclus/domain';
import { decisionsOn, type Db } from '@leercyclus/db';
import { cycleStateQuery } from '@leercyclus/workflows';
import { queryProcess } from '../../temporal/queryProcess.js';

/**
 * The questions a closed cycle carried over, ready for the next cycle's agenda: same numbers, open again (or
 * still escalated), with a link to where they came from.
 */
export async function carriedOverFrom(
  temporal: Client,
  db: Db,
  programmeId: string,
  number: number,
  notFound: (programmeId: string, number: number) => TRPCError,
): Promise<LearningQuestion[]> {
  const cycleId = cycleWorkflowId(programmeId, number);
  const state = await queryProcess(temporal, cycleId, cycleStateQuery, () => notFound(programmeId, number));
  if (state.status !== 'closed') {
    throw new TRPCError({
      code: 'PRECONDITION_FAILED',
      message: `fromCycle: cycle ${number} of programme ${programmeId} is still running; close it first.`,
    });
  }
  // Escalated questions come along still waiting, so the management table's answer finds them here; an answer
  // that came after the cycle closed, while no cycle ran, waits in the record and comes along with them.
  const carried = state.questions.filter(
    (question) => question.status === 'carriedOver' || question.status === 'escalated',
  );
  const decisions = await decisionsOn(
    db,
    carried.flatMap((question) => (question.escalation ? [question.escalation.id] : [])),
  );
  return carried.map((question) => {
    const escalationId = question.escalation?.id ?? '';
    const decision = decisions.get(escalationId);
    const carriedQuestion: LearningQuestion = {
      ...question,
      status: question.status === 'escalated' ? 'escalated' : 'open',
      carriedFrom: { cycleId, number: question.number },
    };
    return (decision && answeredQuestion(carriedQuestion, escalationId, decision)) ?? carriedQuestion;
  });
}
