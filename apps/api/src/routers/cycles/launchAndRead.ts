import { TRPCError } from '@trpc/server';
import { WorkflowExecutionAlreadyStartedError, type Client } from '@temporalio/client';
import { z } from 'zod';
import {
  cycleLaunchInputSchema,
  cycleListItemSchema,
  cycleStateSchema,
  cycleWorkflowId,
  normalizeCycleLaunch,
  processStatusSchema,
  programmeIdSchema,
} from '@leercyclus/domain';
import { cycleStateQuery, learningCycleStartOptions, type CycleMemo } from '@leercyclus/workflows';
import { getProgramme, listCycles, RecordError } from '@leercyclus/db';
import { queryProcess } from '../../temporal/queryProcess.js';
import { procedureFor } from '../../trpc.js';
import { cycleRefSchema } from './commands.js';
import { carriedOverFrom } from './carryOver.js';

async function memoOf(temporal: Client, workflowId: string): Promise<CycleMemo> {
  const description = await temporal.workflow.getHandle(workflowId).describe();
  return description.memo ?? {};
}

function notFound(programmeId: string, number: number): TRPCError {
  return new TRPCError({ code: 'NOT_FOUND', message: `Programme ${programmeId} has no cycle ${number}.` });
}

export const launchAndRead = {
  /**
   * Starts a cycle's workflow. The workflow id comes from the domain, so a programme's number is never used
   * twice; a repeated request id returns the cycle it started rather than starting another.
   */
  launch: procedureFor('projectLeader')
    .input(cycleLaunchInputSchema)
    .output(z.object({ workflowId: z.string() }))
    .mutation(async ({ ctx, input }) => {
      const carriedOverQuestions =
        input.fromCycle === undefined
          ? []
          : await carriedOverFrom(ctx.temporal, ctx.db, input.programmeId, input.fromCycle, notFound);
      // A registered programme brings its own agenda categories and management table.
      const programme = await getProgramme(ctx.db, input.programmeId).catch((error: unknown) => {
        if (error instanceof RecordError && error.kind === 'notFound') return undefined;
        throw error;
      });
      const launch = normalizeCycleLaunch(input, {
        launchedBy: ctx.user.id,
        carriedOverQuestions,
        ...(programme
          ? { questionCategories: programme.questionCategories, managementTable: programme.managementTable }
          : {}),
      });
      const workflowId = cycleWorkflowId(launch.programmeId, launch.number);
      try {
        await ctx.temporal.workflow.start(
          'learningCycle',
          learningCycleStartOptions(launch, input.requestId),
        );
      } catch (error) {
        // A closed cycle with this number: the memo check below tells a repeated request from a conflict.
        if (!(error instanceof WorkflowExecutionAlreadyStartedError)) throw error;
      }
      const memo = await memoOf(ctx.temporal, workflowId);
      if (memo.requestId !== input.requestId) {
        throw new TRPCError({
          code: 'CONFLICT',
          message: `Cycle ${launch.number} of programme ${launch.programmeId} already exists (${workflowId}, "${memo.title ?? ''}"); choose another number.`,
        });
      }
      return { workflowId };
    }),

  get: procedureFor('projectLeader', 'coordinator', 'monitor', 'management', 'participant')
    .input(cycleRefSchema)
    .output(cycleStateSchema)
    .query(async ({ ctx, input }) => {
      return queryProcess(
        ctx.temporal,
        cycleWorkflowId(input.programmeId, input.number),
        cycleStateQuery,
        () => notFound(input.programmeId, input.number),
      );
    }),

  /** Cycles from the record, newest first: the list stays fast however many cycles there are. */
  list: procedureFor('projectLeader', 'coordinator', 'monitor', 'management', 'participant')
    .input(
      z
        .object({
          programmeId: programmeIdSchema.optional(),
          status: processStatusSchema.optional(),
          district: z.string().trim().min(1).max(80).optional(),
          limit: z.number().int().min(1).max(1000).default(200),
        })
        .default({ limit: 200 }),
    )
    .output(z.array(cycleListItemSchema))
    .query(({ ctx, input }) => listCycles(ctx.db, input)),
};
