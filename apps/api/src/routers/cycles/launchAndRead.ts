import { TRPCError } from '@trpc/server';
import { WorkflowExecutionAlreadyStartedError } from '@temporalio/client';
import { z } from 'zod';
import {
  cycleLaunchInputSchema,
  cycleListItemSchema,
  type CycleListItem,
  cycleStateSchema,
  cycleWorkflowId,
  normalizeCycleLaunch,
  processStatusSchema,
  programmeIdSchema,
} from '@leercyclus/domain';
import { learningCycleStartOptions } from '@leercyclus/workflows';
import { cycleLaunchSlot, listCycles } from '@leercyclus/db';
import { requirePeople } from '../../access/namedPeople.js';
import { auditAs } from '../../audit/trail.js';
import { perProgramme } from '../../access/visible.js';
import { currentCycleState } from '../../temporal/cycleState.js';
import { listedFor, procedureIn } from '../../trpc.js';
import { cycleRefSchema } from './commands.js';
import { carriedOverFrom } from './carryOver.js';
import { sameLaunchOrConflict } from './launchConflict.js';

function notFound(programmeId: string, number: number): TRPCError {
  return new TRPCError({ code: 'NOT_FOUND', message: `Programme ${programmeId} has no cycle ${number}.` });
}

/** Everyone in a programme reads its cycles: the schedule, the learning agenda, the lessons. */
export const programmeReaders = {
  programme: ['projectLeader', 'coordinator', 'monitor', 'participant'],
} as const;

/** Newest first, as the record lists them. */
const newestFirst = (a: CycleListItem, b: CycleListItem) =>
  b.startedAt.localeCompare(a.startedAt) || b.workflowId.localeCompare(a.workflowId);

export const launchAndRead = {
  /**
   * Starts a cycle's workflow. The workflow id comes from the domain, so a programme's number is never used
   * twice; a repeated request id returns the cycle it started rather than starting another.
   */
  launch: procedureIn({
    scope: 'programme',
    grants: { programme: ['projectLeader'] },
    input: cycleLaunchInputSchema,
    from: (input) => input.programmeId,
  })
    .meta(
      auditAs<unknown, { workflowId: string }>('create', 'cycle', {
        recordId: ({ answer }) => answer.workflowId,
      }),
    )
    .output(z.object({ workflowId: z.string() }))
    .mutation(async ({ ctx, input }) => {
      await requirePeople(
        ctx.db,
        (input.checkpoints ?? []).map((checkpoint, index) => [
          `checkpoints.${index}.owner`,
          checkpoint.owner,
        ]),
      );
      const workflowId = cycleWorkflowId(input.programmeId, input.number);
      // One read of the record: is the number taken (however long ago), and what does the programme bring.
      const slot = await cycleLaunchSlot(ctx.db, input.programmeId, input.number);
      if (slot.taken) {
        await sameLaunchOrConflict(ctx.temporal, slot.taken, input);
        return { workflowId };
      }
      const carriedOverQuestions =
        input.fromCycle === undefined
          ? []
          : await carriedOverFrom(ctx.temporal, ctx.db, input.programmeId, input.fromCycle, notFound);
      // A registered programme brings its own agenda categories and management table.
      const launch = normalizeCycleLaunch(input, {
        launchedBy: ctx.signedIn.person.id,
        carriedOverQuestions,
        ...(slot.programme ?? {}),
      });
      try {
        // Only a new workflow starts: a running one with this id (another launch not yet in the record, or
        // this one sent again) answers AlreadyStarted, and only then is Temporal asked who started it.
        await ctx.temporal.workflow.start('learningCycle', {
          ...learningCycleStartOptions(launch, input.requestId),
          workflowIdConflictPolicy: 'FAIL',
        });
      } catch (error) {
        if (!(error instanceof WorkflowExecutionAlreadyStartedError)) throw error;
        await sameLaunchOrConflict(ctx.temporal, { workflowId, title: '', requestId: null }, input);
      }
      return { workflowId };
    }),

  get: procedureIn({
    scope: 'programme',
    grants: programmeReaders,
    input: cycleRefSchema,
    from: (input) => input.programmeId,
  })
    .meta(
      auditAs<z.output<typeof cycleRefSchema>>('read', 'cycle', {
        recordId: ({ input }) => cycleWorkflowId(input.programmeId, input.number),
      }),
    )
    .output(cycleStateSchema)
    .query(async ({ ctx, input }) => {
      const state = await currentCycleState(
        ctx.temporal,
        ctx.db,
        cycleWorkflowId(input.programmeId, input.number),
      );
      if (state) return state;
      throw notFound(input.programmeId, input.number);
    }),

  /**
   * Cycles from the record, newest first: the list stays fast however many cycles there are. Only the cycles
   * of the programmes the person belongs to.
   */
  list: listedFor(programmeReaders)
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
    .query(({ ctx, input }) =>
      perProgramme(
        ctx.visible,
        input.programmeId,
        (programmeId) => listCycles(ctx.db, { ...input, programmeId }),
        newestFirst,
        input.limit,
      ),
    ),
};
