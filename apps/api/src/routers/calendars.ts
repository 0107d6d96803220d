import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import {
  createCalendarFeed,
  listCalendarFeeds,
  revokeCalendarFeed,
  type CalendarFeedTarget,
} from '@leercyclus/db';
import { cycleWorkflowId } from '@leercyclus/domain';
import { feedUrls } from '../calendar/feedUrls.js';
import type { Caller } from '../trpc.js';
import type { Context } from '../context.js';
import { runRecord } from '../record/recordErrors.js';
import { procedureIn, signedInProcedure } from '../trpc.js';
import { cycleRefSchema } from './cycles/commands.js';
import { programmeReaders } from './cycles/launchAndRead.js';

const feedSummarySchema = z.object({
  id: z.string(),
  scope: z.enum(['person', 'cycle']),
  cycleId: z.string().nullable(),
  createdAt: z.string(),
  lastFetchedAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
});
/** A new feed's addresses, shown this once: the record keeps only a hash of the secret in them. */
const createdFeedSchema = z.object({ id: z.string(), url: z.string(), webcal: z.string() });

async function createFeed(ctx: Context & Caller, target: CalendarFeedTarget) {
  const { id, token } = await runRecord(() =>
    createCalendarFeed(ctx.db, ctx.actor, ctx.signedIn.person.id, target),
  );
  return { id, ...feedUrls(ctx.auth.publicUrl, token) };
}

/**
 * Calendar subscriptions (`/ical/<secret>.ics`): everyone subscribes to what they take part in, or to a cycle
 * they may read, and ends their own subscriptions.
 */
export const calendarsRouter = {
  /** The person's own feeds, newest first, revoked ones too (to say what happened). */
  mine: signedInProcedure
    .output(z.array(feedSummarySchema))
    .query(({ ctx }) => listCalendarFeeds(ctx.db, ctx.signedIn.person.id)),

  /** A feed of everything the person takes part in, as their memberships are at each fetch. */
  createMine: signedInProcedure
    .output(createdFeedSchema)
    .mutation(({ ctx }) => createFeed(ctx, { scope: 'person' })),

  /** A feed of one cycle: all its sessions, meetings and checkpoints, while the person may read the cycle. */
  createForCycle: procedureIn({
    scope: 'programme',
    grants: programmeReaders,
    input: cycleRefSchema,
    from: (input) => input.programmeId,
  })
    .output(createdFeedSchema)
    .mutation(({ ctx, input }) =>
      createFeed(ctx, { scope: 'cycle', cycleId: cycleWorkflowId(input.programmeId, input.number) }),
    ),

  /** Ends one of the person's feeds at once. */
  revoke: signedInProcedure
    .input(z.object({ feedId: z.string().trim().min(1).max(100) }))
    .output(z.object({ ok: z.literal(true) }))
    .mutation(async ({ ctx, input }) => {
      await runRecord(() => revokeCalendarFeed(ctx.db, ctx.actor, ctx.signedIn.person.id, input.feedId));
      return { ok: true as const };
    }),
} satisfies TRPCRouterRecord;
