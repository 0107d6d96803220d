import { and, eq, inArray, isNotNull, ne, or, sql } from 'drizzle-orm';
import type { Tx } from '../database.js';
import {
  checkpoints,
  decisions,
  developmentGoals,
  escalations,
  groupObstacles,
  groupOutcomes,
  learningQuestions,
  processes,
  questionActionEffects,
  questionActions,
  questionReformulations,
  questionVersions,
} from '../schema/index.js';
import { evaluatedBefore } from './expiry.js';

/**
 * Blanks the learning agenda of the cycles and groups whose programme was evaluated before `before`: the
 * questions' wordings (and their recorded versions), lessons and who followed them up, what was tried and its
 * observed effects, development goals, obstacles, what went to a management table and its answer, the lessons groups sent back, and a group's question as its title (its slug
 * instead). What reports count stays: each question's number, category, level and status, each action and
 * whether it helped, each goal and obstacle as a row, each escalation with its outcome.
 */
export async function purgeAgenda(tx: Tx, before: Date): Promise<Record<string, number>> {
  const expired = evaluatedBefore(tx, before);
  const questions = await tx
    .update(learningQuestions)
    .set({ text: '', lesson: null, responsible: null, escalation: null })
    .where(
      and(
        inArray(learningQuestions.processId, expired),
        or(
          ne(learningQuestions.text, ''),
          isNotNull(learningQuestions.lesson),
          isNotNull(learningQuestions.responsible),
          isNotNull(learningQuestions.escalation),
        ),
      ),
    )
    .returning({ id: learningQuestions.number });
  const wordings = await tx
    .delete(questionReformulations)
    .where(inArray(questionReformulations.processId, expired))
    .returning({ id: questionReformulations.position });
  const versions = await tx
    .delete(questionVersions)
    .where(inArray(questionVersions.processId, expired))
    .returning({ id: questionVersions.number });
  const actions = await tx
    .update(questionActions)
    .set({ text: '' })
    .where(and(inArray(questionActions.processId, expired), ne(questionActions.text, '')))
    .returning({ id: questionActions.actionNumber });
  const effects = await tx
    .update(questionActionEffects)
    .set({ text: '' })
    .where(and(inArray(questionActionEffects.processId, expired), ne(questionActionEffects.text, '')))
    .returning({ id: questionActionEffects.position });
  const goals = await tx
    .update(developmentGoals)
    .set({ text: '', owner: null })
    .where(
      and(
        inArray(developmentGoals.processId, expired),
        or(ne(developmentGoals.text, ''), isNotNull(developmentGoals.owner)),
      ),
    )
    .returning({ id: developmentGoals.position });
  const answeredCheckpoints = await tx
    .update(checkpoints)
    .set({ escalation: null })
    .where(and(inArray(checkpoints.processId, expired), isNotNull(checkpoints.escalation)))
    .returning({ id: checkpoints.checkpointId });
  const obstacles = await tx
    .update(groupObstacles)
    .set({ text: '', escalation: null })
    .where(
      and(
        inArray(groupObstacles.processId, expired),
        or(ne(groupObstacles.text, ''), isNotNull(groupObstacles.escalation)),
      ),
    )
    .returning({ id: groupObstacles.obstacleId });
  const escalated = tx
    .select({ id: escalations.id })
    .from(escalations)
    .where(inArray(escalations.sourceProcessId, expired));
  const subjects = await tx
    .update(escalations)
    .set({ subject: '' })
    .where(and(inArray(escalations.sourceProcessId, expired), ne(escalations.subject, '')))
    .returning({ id: escalations.id });
  const answers = await tx
    .update(decisions)
    .set({ text: '' })
    .where(and(inArray(decisions.escalationId, escalated), ne(decisions.text, '')))
    .returning({ id: decisions.escalationId });
  const outcomes = await tx
    .delete(groupOutcomes)
    .where(inArray(groupOutcomes.groupId, expired))
    .returning({ id: groupOutcomes.outcomeId });
  const slug = sql<string>`split_part(${processes.workflowId}, '/', 2)`;
  const groupTitles = await tx
    .update(processes)
    .set({ title: slug })
    .where(
      and(
        inArray(processes.workflowId, expired),
        eq(processes.kind, 'actionLearningGroup'),
        ne(processes.title, slug),
      ),
    )
    .returning({ id: processes.workflowId });
  return {
    learning_questions: questions.length,
    question_reformulations: wordings.length,
    question_versions: versions.length,
    question_actions: actions.length,
    question_action_effects: effects.length,
    development_goals: goals.length,
    checkpoints: answeredCheckpoints.length,
    group_obstacles: obstacles.length,
    escalations: subjects.length,
    decisions: answers.length,
    group_outcomes: outcomes.length,
    processes: groupTitles.length,
  };
}
