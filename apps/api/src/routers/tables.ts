import { TRPCError, type TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { listProgrammes } from '@leercyclus/db';
import { tableConfigSchema, tableSlugSchema, tableWorkflowId } from '@leercyclus/domain';
import { configureTableSignal, managementTableStartOptions } from '@leercyclus/workflows';
import type { Context } from '../context.js';
import { tableState } from '../temporal/tableState.js';
import { programme } from '../access/grants.js';
import { requirePeople } from '../access/namedPeople.js';
import { programmesEscalatingTo } from '../access/targets.js';
import { auditAs } from '../audit/trail.js';
import { tableMemberIds } from '../temporal/tableMembers.js';
import { listedFor, procedureIn } from '../trpc.js';

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
  /**
   * The running management tables the person sits on or their programmes escalate to (an administrator: all),
   * by name, each with its open and overdue counts, for picking an inbox.
   */
  list: listedFor({
    table: ['chair', 'member'],
    programme: ['projectLeader', 'coordinator'],
    installation: ['administrator'],
  })
    .output(z.array(tableSummarySchema))
    .query(async ({ ctx }) => {
      const programmes = ctx.visible.all ? [] : await listProgrammes(ctx.db);
      const escalatedTo = programmes
        .filter((p) => ctx.visible.programmes.includes(p.id))
        .map((p) => p.managementTable);
      const slugs = (await runningTableSlugs(ctx)).filter(
        (slug) => ctx.visible.all || ctx.visible.tables.includes(slug) || escalatedTo.includes(slug),
      );
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

  /**
   * Sets up or changes a management table; the same call starts it when it does not run yet. For an
   * administrator, the table's chair, or a project leader of a programme that escalates to it. The members named
   * become members of the table; the table's workflow gets all of them, with those granted membership otherwise.
   */
  upsert: procedureIn({
    scope: 'table',
    grants: { installation: ['administrator'], table: ['chair'], programme: ['projectLeader'] },
    input: tableConfigSchema,
    from: async (input, ctx) => [
      input.slug,
      ...(await programmesEscalatingTo(ctx.db, input.slug)).map(programme),
    ],
  })
    .meta(auditAs<{ slug: string }>('change', 'table', { recordId: ({ input }) => input.slug }))
    .output(z.object({ workflowId: z.string() }))
    .mutation(async ({ ctx, input }) => {
      await requirePeople(
        ctx.db,
        input.members.map((member, i) => [`members.${i}`, member]),
      );
      const config = {
        ...input,
        members: await tableMemberIds(ctx.db, ctx.actor, input.slug, input.members),
      };
      const handle = await ctx.temporal.workflow.signalWithStart('managementTable', {
        ...managementTableStartOptions(config),
        signal: configureTableSignal,
        signalArgs: [config],
      });
      return { workflowId: handle.workflowId };
    }),

  get: procedureIn({
    scope: 'table',
    grants: {
      installation: ['administrator'],
      table: ['chair', 'member'],
      programme: ['projectLeader', 'coordinator', 'monitor'],
    },
    input: z.object({ table: tableSlugSchema }),
    from: async (input, ctx) => [
      input.table,
      ...(await programmesEscalatingTo(ctx.db, input.table)).map(programme),
    ],
  })
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
