import { TRPCError } from '@trpc/server';
import type { Client } from '@temporalio/client';
import {
  answeredByGroup,
  answeredQuestion,
  cycleWorkflowId,
  type LearningQuestion,
} from '@leercyclus/domain';
import { answersOn, carriedOverBy, outcomesFor, type Db } from '@leercyclus/db';
import { cycleStateQuery } from '@leercyclus/workflows';
import { queryProcess } from '../../temporal/queryProcess.js';

const carriedStatuses: readonly LearningQuestion['status'][] = ['carriedOver', 'escalated'];

/**
 * What the cycle carried over, from its workflow: only while its closing has not reached the record yet, so
 * within moments of closing, long before Temporal's retention lets it go.
 */
async function carriedOverByWorkflow(
  temporal: Client,
  cycleId: string,
  notFound: () => TRPCError,
): Promise<LearningQuestion[]> {
  const state = await queryProcess(temporal, cycleId, cycleStateQuery, notFound);
  if (state.status !== 'closed') {
    throw new TRPCError({
      code: 'PRECONDITION_FAILED',
      message: `fromCycle: cycle ${state.number} of programme ${state.programmeId} is still running; close it first.`,
    });
  }
  return state.questions.filter((question) => carriedStatuses.includes(question.status));
}

/**
 * The questions a closed cycle carried over, ready for the next cycle's agenda: same numbers, open again (or
 * still escalated), with a link to where they came from. They come from the record, which keeps them however
 * long ago the cycle closed. Escalated questions come along still waiting, so the management table's answer
 * finds them there; an answer, or the lesson of an action-learning group that took a question up, that came
 * while no cycle ran waits in the record and comes along with them.
 */
export async function carriedOverFrom(
  temporal: Client,
  db: Db,
  programmeId: string,
  number: number,
  notFound: (programmeId: string, number: number) => TRPCError,
): Promise<LearningQuestion[]> {
  const cycleId = cycleWorkflowId(programmeId, number);
  const carried =
    (await carriedOverBy(db, cycleId)) ??
    (await carriedOverByWorkflow(temporal, cycleId, () => notFound(programmeId, number)));
  const [answers, outcomes] = await Promise.all([
    answersOn(
      db,
      carried.flatMap((question) => (question.escalation ? [question.escalation.id] : [])),
    ),
    outcomesFor(
      db,
      carried.flatMap((question) => [
        { cycleId, questionNumber: question.number },
        ...(question.carriedFrom
          ? [{ cycleId: question.carriedFrom.cycleId, questionNumber: question.carriedFrom.number }]
          : []),
      ]),
    ),
  ]);
  return carried.map((question) => {
    let next = question;
    for (const answer of answers) next = answeredQuestion(next, answer.escalationId, answer.decision) ?? next;
    for (const outcome of outcomes)
      next = answeredByGroup(next, cycleId, outcome, outcome.completedAt) ?? next;
    return {
      ...next,
      status: next.status === 'carriedOver' ? 'open' : next.status,
      carriedFrom: { cycleId, number: question.number },
    };
  });
}
