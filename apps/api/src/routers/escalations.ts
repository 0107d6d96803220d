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
import { procedureFor } from '../trpc.js';

const dayMs = 86_400_000;
const inboxItemSchema = escalationItemSchema.extend({
  overdue: z.boolean(),
  dueSoon: z.boolean(),
  daysOpen: z.number(),
});

/** What a management table received: its inbox, one item, and its answer to it. */
export const escalationsRouter = {
  /** A table's open escalations, oldest first, each marked overdue or due within a week. */
  inbox: procedureFor('management', 'projectLeader', 'coordinator')
    .input(z.object({ table: tableSlugSchema }))
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

  get: procedureFor('management', 'projectLeader', 'coordinator', 'monitor')
    .input(z.object({ table: tableSlugSchema, escalationId: z.string().min(1).max(300) }))
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
} satisfies TRPCRouterRecord;
