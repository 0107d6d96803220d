import { TRPCError } from '@trpc/server';
import { WorkflowExecutionAlreadyStartedError, type Client } from '@temporalio/client';
import { z } from 'zod';
import {
  groupLaunchInputSchema,
  groupListItemSchema,
  groupStateSchema,
  groupWorkflowId,
  normalizeGroupLaunch,
  processStatusSchema,
  programmeIdSchema,
  type CycleQuestionLink,
} from '@leercyclus/domain';
import {
  actionLearningGroupStartOptions,
  cycleStateQuery,
  groupStateQuery,
  type GroupMemo,
} from '@leercyclus/workflows';
import { listGroups, obstaclesOf } from '@leercyclus/db';
import { queryProcess } from '../../temporal/queryProcess.js';
import { procedureFor } from '../../trpc.js';
import { groupRefSchema } from './commands.js';

/** The cycle question a group takes up must be on that cycle's agenda (running or closed). */
async function checkCycleQuestion(temporal: Client, link: CycleQuestionLink): Promise<void> {
  const state = await queryProcess(
    temporal,
    link.cycleId,
    cycleStateQuery,
    () =>
      new TRPCError({
        code: 'NOT_FOUND',
        message: `fromCycleQuestion.cycleId: there is no cycle ${link.cycleId}.`,
      }),
  );
  if (!state.questions.some((question) => question.number === link.questionNumber)) {
    throw new TRPCError({
      code: 'BAD_REQUEST',
      message: `fromCycleQuestion.questionNumber: question ${link.questionNumber} is not on the agenda of ${link.cycleId}.`,
    });
  }
}

function notFound(slug: string): TRPCError {
  return new TRPCError({ code: 'NOT_FOUND', message: `There is no group ${slug}.` });
}

export const launchAndRead = {
  /**
   * Starts a group's workflow. Its id comes from its slug, so a slug is never used twice; a repeated request id
   * returns the group it started rather than starting another.
   */
  launch: procedureFor('projectLeader')
    .input(groupLaunchInputSchema)
    .output(z.object({ workflowId: z.string() }))
    .mutation(async ({ ctx, input }) => {
      if (input.fromCycleQuestion) await checkCycleQuestion(ctx.temporal, input.fromCycleQuestion);
      const launch = normalizeGroupLaunch(input, { launchedBy: ctx.user.id });
      const workflowId = groupWorkflowId(launch.slug);
      try {
        await ctx.temporal.workflow.start(
          'actionLearningGroup',
          actionLearningGroupStartOptions(launch, input.requestId),
        );
      } catch (error) {
        // A completed group with this slug: the memo check below tells a repeated request from a conflict.
        if (!(error instanceof WorkflowExecutionAlreadyStartedError)) throw error;
      }
      const memo: GroupMemo = (await ctx.temporal.workflow.getHandle(workflowId).describe()).memo ?? {};
      if (memo.requestId !== input.requestId) {
        throw new TRPCError({
          code: 'CONFLICT',
          message: `Group ${launch.slug} already exists (${workflowId}, "${memo.question ?? ''}"); choose another slug.`,
        });
      }
      return { workflowId };
    }),

  get: procedureFor('projectLeader', 'coordinator', 'monitor', 'management', 'participant')
    .input(groupRefSchema)
    .output(groupStateSchema)
    .query(async ({ ctx, input }) => {
      const groupId = groupWorkflowId(input.slug);
      const state = await queryProcess(ctx.temporal, groupId, groupStateQuery, () => notFound(input.slug));
      if (state.status === 'running') return state;
      // A completed group's obstacles as the record keeps them: a table's decision that came after it completed
      // lands there. (Its members, iterations and meetings are not in the record yet: Temporal must hold it.)
      const recorded = new Map(
        (await obstaclesOf(ctx.db, groupId)).map((obstacle) => [obstacle.id, obstacle]),
      );
      return {
        ...state,
        obstacles: state.obstacles.map((obstacle) => recorded.get(obstacle.id) ?? obstacle),
      };
    }),

  /** Groups from the record, newest first. */
  list: procedureFor('projectLeader', 'coordinator', 'monitor', 'management', 'participant')
    .input(
      z
        .object({
          programmeId: programmeIdSchema.optional(),
          status: processStatusSchema.optional(),
          limit: z.number().int().min(1).max(1000).default(200),
        })
        .default({ limit: 200 }),
    )
    .output(z.array(groupListItemSchema))
    .query(({ ctx, input }) => listGroups(ctx.db, input)),
};
