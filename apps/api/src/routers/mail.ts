import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import {
  invitationPreferenceOf,
  mailPreferenceOf,
  reminderMailOf,
  setInvitationPreference,
  setMailPreference,
} from '@leercyclus/db';
import {
  cycleWorkflowId,
  groupSlugSchema,
  groupWorkflowId,
  mailDeliverySchema,
  messageStatusSchema,
  programmeIdSchema,
} from '@leercyclus/domain';
import { readSink } from '@leercyclus/mail/sink';
import { group } from '../access/grants.js';
import { auditAs } from '../audit/trail.js';
import { runRecord } from '../record/recordErrors.js';
import { administratorProcedure, procedureIn, signedInProcedure } from '../trpc.js';

/** How mail comes, and whether sessions added, moved or cancelled come as calendar invitations. */
const preferenceSchema = z.object({ delivery: mailDeliverySchema, invitations: z.boolean() });
/** An older panel sends the delivery alone; its invitations then stay as they are. */
const preferenceInputSchema = preferenceSchema.partial({ invitations: true });

/** A cycle (programme and number) or a group (slug), whose reminders' e-mail is asked for. */
const processRefSchema = z.union([
  z.object({ programmeId: programmeIdSchema, number: z.number().int().min(1).max(999) }),
  z.object({ groupSlug: groupSlugSchema }),
]);

/** Whoever reads the cycle or group reads where its reminders' e-mail stands, as the checkpoints show them. */
const processReaders = {
  programme: ['projectLeader', 'coordinator', 'monitor', 'participant'],
  group: ['facilitator', 'member'],
} as const;

const sinkMessageSchema = z.object({
  file: z.string(),
  receivedAt: z.string(),
  messageId: z.string().nullable(),
  from: z.string(),
  to: z.string(),
  subject: z.string(),
  date: z.string().nullable(),
  text: z.string(),
  html: z.string().nullable(),
});

/** E-mail: each person's choice of how they get it, where a reminder's e-mail stands, the development sink. */
export const mailRouter = {
  /** How the signed-in person gets their e-mail. */
  preference: signedInProcedure.output(preferenceSchema).query(async ({ ctx }) => ({
    delivery: await mailPreferenceOf(ctx.db, ctx.signedIn.person.id),
    invitations: await invitationPreferenceOf(ctx.db, ctx.signedIn.person.id),
  })),

  /**
   * The signed-in person chooses: each message as it comes, a daily digest, or only what is mandatory; and
   * whether they want invitations. Each change is its own audit entry (written by the record).
   */
  setPreference: signedInProcedure
    .input(preferenceInputSchema)
    .output(preferenceSchema)
    .mutation(async ({ ctx, input }) => {
      const personId = ctx.signedIn.person.id;
      const delivery = await runRecord(() => setMailPreference(ctx.db, ctx.actor, personId, input.delivery));
      const invitations =
        input.invitations === undefined
          ? await invitationPreferenceOf(ctx.db, personId)
          : await runRecord(() => setInvitationPreference(ctx.db, ctx.actor, personId, input.invitations!));
      return { delivery, invitations };
    }),

  /** Where the e-mail of each reminder of a cycle or group stands, by reminder id, from the record. */
  reminders: procedureIn({
    scope: 'programme',
    grants: processReaders,
    input: processRefSchema,
    from: (input) => ('groupSlug' in input ? group(input.groupSlug) : input.programmeId),
  })
    .output(z.record(z.string(), messageStatusSchema))
    .query(({ ctx, input }) =>
      reminderMailOf(
        ctx.db,
        'groupSlug' in input
          ? groupWorkflowId(input.groupSlug)
          : cycleWorkflowId(input.programmeId, input.number),
      ),
    ),

  /**
   * What the local mail sink received, newest first, as a mail client shows it: only where `npm start` runs the
   * sink (MAIL_SINK_DIR). It holds everyone's mail, so it is the administrator's.
   */
  sink: administratorProcedure
    .meta(
      auditAs<unknown, { messages: unknown[] }>('read', 'mailSink', {
        recordId: () => 'all',
        details: ({ answer }) => ({ messages: answer.messages.length }),
      }),
    )
    .input(z.object({ limit: z.number().int().min(1).max(500).default(100) }).default({ limit: 100 }))
    .output(z.object({ running: z.boolean(), messages: z.array(sinkMessageSchema) }))
    .query(async ({ ctx, input }) => {
      if (ctx.mailSinkDir === undefined) return { running: false, messages: [] };
      return { running: true, messages: await readSink(ctx.mailSinkDir, input.limit) };
    }),
} satisfies TRPCRouterRecord;
