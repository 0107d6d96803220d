import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import {
  cycleWorkflowId,
  groupSlugSchema,
  groupWorkflowId,
  messageStatusSchema,
  programmeIdSchema,
  remindCheckpointInputSchema,
  reminderSchema,
} from '@leercyclus/domain';
import { listOverdueCheckpoints } from '@leercyclus/db';
import { remindCheckpointUpdate } from '@leercyclus/workflows';
import { runCommand } from '../temporal/commandErrors.js';
import { group } from '../access/grants.js';
import { showsProgramme } from '../access/visible.js';
import { auditAs } from '../audit/trail.js';
import { listedFor, procedureIn } from '../trpc.js';
import { describeCycle } from './cycles/commands.js';
import { describeGroup } from './groups/commands.js';

export const overdueCheckpointSchema = z.object({
  kind: z.enum(['learningCycle', 'actionLearningGroup']),
  /** The workflow id of the cycle or group. */
  processId: z.string(),
  /** The cycle's title or the group's question. */
  processTitle: z.string(),
  /** Null for a group outside any programme. */
  programmeId: z.string().nullable(),
  /** The cycle's id, number and title; null for a group. */
  cycleId: z.string().nullable(),
  number: z.number().nullable(),
  cycleTitle: z.string().nullable(),
  /** The group's slug; null for a cycle. */
  groupSlug: z.string().nullable(),
  checkpointId: z.string(),
  title: z.string(),
  owner: z.string(),
  dueAt: z.string(),
  daysOverdue: z.number(),
  remindersSent: z.number(),
  lastReminderAt: z.string().nullable(),
  /** Where the latest reminder's e-mail stands, from the record; null before e-mail was sent. */
  lastReminderMail: messageStatusSchema.nullable(),
});
/** A reminder goes to a cycle's checkpoint (programme and number) or to a group's (its slug). */
const remindInputSchema = z
  .object({
    programmeId: programmeIdSchema.optional(),
    number: z.number().int().min(1).max(999).optional(),
    groupSlug: groupSlugSchema.optional(),
  })
  .extend(remindCheckpointInputSchema.shape)
  .superRefine((input, ctx) => {
    if (input.groupSlug !== undefined) {
      if (input.programmeId !== undefined || input.number !== undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['groupSlug'],
          message: 'name a group or a cycle (programmeId and number), not both',
        });
      }
      return;
    }
    if (input.programmeId === undefined) {
      ctx.addIssue({ code: 'custom', path: ['programmeId'], message: 'name the cycle, or give groupSlug' });
    }
    if (input.number === undefined) {
      ctx.addIssue({ code: 'custom', path: ['number'], message: 'name the cycle, or give groupSlug' });
    }
  });

/** Who keeps track of checkpoints: a programme's coordinators and project leader, a group's facilitator. */
const trackers = { programme: ['coordinator', 'projectLeader'], group: ['facilitator'] } as const;

export const checkpointsRouter = {
  /**
   * Every overdue checkpoint of the running cycles and action-learning groups the person tracks, longest
   * overdue first, from the record: one query, however many processes run.
   */
  overdue: listedFor(trackers)
    .input(z.object({ programmeId: programmeIdSchema.optional() }).default({}))
    .output(z.array(overdueCheckpointSchema))
    .query(async ({ ctx, input }) => {
      const now = ctx.clock ? await ctx.clock() : Date.now();
      const overdue = await listOverdueCheckpoints(ctx.db, new Date(now), input);
      return overdue.filter(
        (item) =>
          showsProgramme(ctx.visible, item.programmeId) ||
          (item.groupSlug !== null && ctx.visible.groups.includes(item.groupSlug)),
      );
    }),

  /** Sends the checkpoint's owner a reminder now: of a cycle (programmeId and number) or a group (groupSlug). */
  remind: procedureIn({
    scope: 'programme',
    grants: trackers,
    input: remindInputSchema,
    from: (input) => (input.groupSlug !== undefined ? group(input.groupSlug) : input.programmeId!),
  })
    .meta(
      auditAs<z.output<typeof remindInputSchema>>('change', 'checkpoint', {
        recordId: ({ input }) =>
          `${input.groupSlug !== undefined ? groupWorkflowId(input.groupSlug) : cycleWorkflowId(input.programmeId!, input.number!)}#${input.checkpointId}`,
      }),
    )
    .output(reminderSchema)
    .mutation(async ({ ctx, input }) => {
      const [workflowId, describe] =
        input.groupSlug !== undefined
          ? [groupWorkflowId(input.groupSlug), describeGroup(input.groupSlug)]
          : [
              cycleWorkflowId(input.programmeId!, input.number!),
              describeCycle(input.programmeId!, input.number!),
            ];
      return runCommand(ctx.temporal, workflowId, describe, () =>
        ctx.temporal.workflow.getHandle(workflowId).executeUpdate(remindCheckpointUpdate, {
          args: [{ by: ctx.signedIn.person.id, input: { checkpointId: input.checkpointId } }],
        }),
      );
    }),
} satisfies TRPCRouterRecord;
