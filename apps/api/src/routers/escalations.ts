import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import {
  escalationItemSchema,
  respondInputSchema,
  tableConfigSchema,
  tableSlugSchema,
  tableWorkflowId,
} from '@leercyclus/domain';
import {
  configureTableSignal,
  managementTableStartOptions,
  respondUpdate,
  tableStateQuery,
  type TableState,
} from '@leercyclus/workflows';
import type { Context } from '../context.js';
import { runCommand } from '../temporal/commandErrors.js';
import { commandRequestSchema } from '../temporal/processCommand.js';
import { queryProcess } from '../temporal/queryProcess.js';
import { procedureFor, router } from '../trpc.js';

const dayMs = 86_400_000;
/** More tables than a programme network has; the list stays one screen of queries. */
const tablesListed = 50;
const runningTables = 'ProcessKind = "managementTable" AND ExecutionStatus = "Running"';
const tableSummarySchema = z.object({
  slug: z.string(),
  name: z.string(),
  open: z.number(),
  overdue: z.number(),
});
const inboxItemSchema = escalationItemSchema.extend({
  overdue: z.boolean(),
  dueSoon: z.boolean(),
  daysOpen: z.number(),
});

function tableState(ctx: Context, table: string): Promise<TableState> {
  return queryProcess(
    ctx.temporal,
    tableWorkflowId(table),
    tableStateQuery,
    () => new TRPCError({ code: 'NOT_FOUND', message: `table: there is no management table ${table}.` }),
  );
}

/** The slugs of the running management tables, as Temporal's visibility knows them (a moment behind). */
async function runningTableSlugs(ctx: Context): Promise<string[]> {
  const slugs: string[] = [];
  for await (const execution of ctx.temporal.workflow.list({ query: runningTables })) {
    slugs.push(execution.workflowId.slice(tableWorkflowId('').length));
    if (slugs.length >= tablesListed) break;
  }
  return slugs;
}

export const tablesRouter = router({
  /** The running management tables by name, each with its open and overdue counts, for picking an inbox. */
  list: procedureFor('management', 'projectLeader', 'coordinator')
    .output(z.array(tableSummarySchema))
    .query(async ({ ctx }) => {
      const slugs = await runningTableSlugs(ctx);
      const states = await Promise.all(
        slugs.map(async (slug) => {
          try {
            return await tableState(ctx, slug);
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
      const state = await tableState(ctx, input.table);
      return {
        ...state.config,
        open: state.open.length,
        overdue: state.overdue,
        nextEventAt: state.nextEventAt,
      };
    }),
});

export const escalationsRouter = router({
  /** A table's open escalations, oldest first, each marked overdue or due within a week. */
  inbox: procedureFor('management', 'projectLeader', 'coordinator')
    .input(z.object({ table: tableSlugSchema }))
    .output(z.array(inboxItemSchema))
    .query(async ({ ctx, input }) => {
      const now = ctx.clock ? await ctx.clock() : Date.now();
      const state = await tableState(ctx, input.table);
      return state.open.map((item) => ({
        ...item,
        overdue: Date.parse(item.dueAt) <= now,
        dueSoon: Date.parse(item.dueAt) > now && Date.parse(item.dueAt) - now <= 7 * dayMs,
        daysOpen: Math.floor((now - Date.parse(item.receivedAt)) / dayMs),
      }));
    }),

  get: procedureFor('management', 'projectLeader', 'coordinator', 'monitor')
    .input(z.object({ table: tableSlugSchema, escalationId: z.string().min(1).max(300) }))
    .output(escalationItemSchema)
    .query(async ({ ctx, input }) => {
      const state = await tableState(ctx, input.table);
      const item = [...state.open, ...state.recent].find((i) => i.id === input.escalationId);
      if (!item) {
        throw new TRPCError({
          code: 'NOT_FOUND',
          message: `escalationId: ${input.table} holds no ${input.escalationId}.`,
        });
      }
      return item;
    }),

  /** The table's decision; it travels back to the cycle or group that raised the item. */
  respond: procedureFor('management')
    .input(
      z.intersection(
        z.object({ table: tableSlugSchema }).extend(commandRequestSchema.shape),
        respondInputSchema,
      ),
    )
    .output(escalationItemSchema)
    .mutation(async ({ ctx, input }) => {
      const { table, requestId, ...response } = input;
      const workflowId = tableWorkflowId(table);
      // Sent twice (a retry, a double click), the answer is given once and both get it back.
      return runCommand(ctx.temporal, workflowId, `Management table ${table}`, () =>
        ctx.temporal.workflow.getHandle(workflowId).executeUpdate(respondUpdate, {
          args: [{ by: ctx.user.id, input: response }],
          ...(requestId ? { updateId: requestId } : {}),
        }),
      );
    }),
});
