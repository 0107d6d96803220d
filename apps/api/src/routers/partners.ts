import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { listPartners, upsertPartner } from '@leercyclus/db';
import { partnerSchema, partnerUpsertInputSchema } from '@leercyclus/domain';
import { runRecord } from '../record/recordErrors.js';
import { procedureSomewhere } from '../trpc.js';

export const partnersRouter = {
  /**
   * Every partner organisation with how often it took part, counted from the recorded attendance: the network's
   * shared reference list, for anyone who belongs to a programme, table or group of it.
   */
  list: procedureSomewhere({
    programme: ['projectLeader', 'coordinator', 'monitor', 'participant'],
    table: ['chair', 'member'],
    group: ['facilitator', 'member'],
    installation: ['administrator'],
  })
    .output(z.array(partnerSchema))
    .query(({ ctx }) => listPartners(ctx.db)),

  /** Adds an organisation, or changes the kind and ring of the one with that name. */
  upsert: procedureSomewhere({ programme: ['projectLeader', 'coordinator'], installation: ['administrator'] })
    .input(partnerUpsertInputSchema)
    .output(z.object({ id: z.number().int() }))
    .mutation(({ ctx, input }) => runRecord(() => upsertPartner(ctx.db, ctx.actor, input))),
} satisfies TRPCRouterRecord;
