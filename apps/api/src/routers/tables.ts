import { TRPCError, type TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { tableConfigSchema, tableSlugSchema, tableWorkflowId } from '@leercyclus/domain';
import { configureTableSignal, managementTableStartOptions } from '@leercyclus/workflows';
import type { Context } from '../context.js';
import { tableState } from '../temporal/tableState.js';
import { procedureFor } from '../trpc.js';

/** More tables than a programme network has; the list stays one screen of queries. */
const tablesListed = 50;
const runningTables = 'ProcessKind = "managementTable" AND ExecutionStatus = "Running"';
const tableSummarySchema = z.object({
  slug: z.string(),
  name: z.string(),
  open: z.number(),
  overdue: z.number(),
});

/** The slugs of the running management tables, as Temporal's visibility knows them (a moment behind). */
async function runningTableSlugs(ctx: Context): Promise<string[]> {
  const slugs: string[] = [];
  for await (const execution of ctx.temporal.workflow.list({ query: runningTables })) {
    slugs.push(execution.workflowId.slice(tableWorkflowId('').length));
    if (slugs.length >= tablesListed) break;
  }
  return slugs;
}

/** The management tables: which run, and how each is set up; their escalations are `escalations.*`. */
export const tablesRouter = {
  /** The running management tables by name, each with its open and overdue counts, for picking an inbox. */
  list: procedureFor('management', 'projectLeader', 'coordinator')
    .output(z.array(tableSummarySchema))
    .query(async ({ ctx }) => {
      const slugs = await runningTableSlugs(ctx);
      const states = await Promise.all(
        slugs.map(async (slug) => {
          try {
            return await tableState(ctx.temporal, slug);
          } catch (error) {
            // A table that stopped between the list and its query is no longer there to pick.
            if (error instanceof TRPCError && error.code === 'NOT_FOUND') return null;
            throw error;
          }
        }),
      );
      return states
        .filter((state) => state !== null)
        .map((state) => ({
          slug: state.config.slug,
          name: state.config.name,
          open: state.open.length,
          overdue: state.overdue,
        }))
        .sort((a, b) => a.name.localeCompare(b.name, 'nl'));
    }),

  /** Sets up or changes a management table; the same call starts it when it does not run yet. */
  upsert: procedureFor('projectLeader', 'management')
    .input(tableConfigSchema)
    .output(z.object({ workflowId: z.string() }))
    .mutation(async ({ ctx, input }) => {
      const handle = await ctx.temporal.workflow.signalWithStart('managementTable', {
        ...managementTableStartOptions(input),
        signal: configureTableSignal,
        signalArgs: [input],
      });
      return { workflowId: handle.workflowId };
    }),

  get: procedureFor('projectLeader', 'coordinator', 'monitor', 'management')
    .input(z.object({ table: tableSlugSchema }))
    .output(
      tableConfigSchema.extend({ open: z.number(), overdue: z.number(), nextEventAt: z.string().nullable() }),
    )
    .query(async ({ ctx, input }) => {
      const state = await tableState(ctx.temporal, input.table);
      return {
        ...state.config,
        open: state.open.length,
        overdue: state.overdue,
        nextEventAt: state.nextEventAt,
      };
    }),
} satisfies TRPCRouterRecord;
