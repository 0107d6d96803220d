import { TRPCError, type TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import {
  escalationItemSchema,
  respondInputSchema,
  tableSlugSchema,
  tableWorkflowId,
} from '@leercyclus/domain';
import { respondUpdate } from '@leercyclus/workflows';
import { runCommand } from '../temporal/commandErrors.js';
import { commandRequestSchema } from '../temporal/processCommand.js';
import { tableState } from '../temporal/tableState.js';
import { table } from '../access/grants.js';
import { escalationSource } from '../access/targets.js';
import { auditAs } from '../audit/trail.js';
import { procedureIn } from '../trpc.js';

const dayMs = 86_400_000;
const inboxItemSchema = escalationItemSchema.extend({
  overdue: z.boolean(),
  dueSoon: z.boolean(),
  daysOpen: z.number(),
});

/** The table's own people: its chair and members. */
const tableMembers = { table: ['chair', 'member'] } as const;

/** What a management table received: its inbox, one item, and its answer to it. */
export const escalationsRouter = {
  /** A table's open escalations, oldest first, each marked overdue or due within a week. */
  inbox: procedureIn({
    scope: 'table',
    grants: tableMembers,
    input: z.object({ table: tableSlugSchema }),
    from: (input) => input.table,
  })
    .meta(
      auditAs<{ table: string }, { id: string }[]>('read', 'table', {
        recordId: ({ input }) => input.table,
        details: ({ answer }) => ({ escalations: answer.map((item) => item.id) }),
      }),
    )
    .output(z.array(inboxItemSchema))
    .query(async ({ ctx, input }) => {
      const now = ctx.clock ? await ctx.clock() : Date.now();
      const state = await tableState(ctx.temporal, input.table);
      return state.open.map((item) => ({
        ...item,
        overdue: Date.parse(item.dueAt) <= now,
        dueSoon: Date.parse(item.dueAt) > now && Date.parse(item.dueAt) - now <= 7 * dayMs,
        daysOpen: Math.floor((now - Date.parse(item.receivedAt)) / dayMs),
      }));
    }),

  /** One item: for the table's people, and for those of the cycle or group that raised it, to follow it up. */
  get: procedureIn({
    scope: 'table',
    grants: {
      ...tableMembers,
      programme: ['projectLeader', 'coordinator', 'monitor'],
      group: ['facilitator'],
    },
    input: z.object({ table: tableSlugSchema, escalationId: z.string().min(1).max(300) }),
    from: (input) => {
      const source = escalationSource(input.escalationId);
      return source ? [table(input.table), source] : input.table;
    },
  })
    .meta(
      auditAs<{ escalationId: string }>('read', 'escalation', {
        recordId: ({ input }) => input.escalationId,
      }),
    )
    .output(escalationItemSchema)
    .query(async ({ ctx, input }) => {
      const state = await tableState(ctx.temporal, input.table);
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
  respond: procedureIn({
    scope: 'table',
    grants: tableMembers,
    input: z.intersection(
      z.object({ table: tableSlugSchema }).extend(commandRequestSchema.shape),
      respondInputSchema,
    ),
    from: (input) => input.table,
  })
    .meta(
      auditAs<{ escalationId: string }>('change', 'escalation', {
        recordId: ({ input }) => input.escalationId,
      }),
    )
    .output(escalationItemSchema)
    .mutation(async ({ ctx, input }) => {
      const { table: slug, requestId, ...response } = input;
      const workflowId = tableWorkflowId(slug);
      // Sent twice (a retry, a double click), the answer is given once and both get it back.
      return runCommand(ctx.temporal, workflowId, `Management table ${slug}`, () =>
        ctx.temporal.workflow.getHandle(workflowId).executeUpdate(respondUpdate, {
          args: [{ by: ctx.signedIn.person.id, input: response }],
          ...(requestId ? { updateId: requestId } : {}),
        }),
      );
    }),
} satisfies TRPCRouterRecord;
