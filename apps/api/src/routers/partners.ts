import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { listPartners, upsertPartner } from '@leercyclus/db';
import { partnerSchema, partnerUpsertInputSchema } from '@leercyclus/domain';
import { actorOf } from '../record/actor.js';
import { runRecord } from '../record/recordErrors.js';
import { procedureFor } from '../trpc.js';

export const partnersRouter = {
  /** Every partner organisation with how often it took part, counted from the recorded attendance. */
  list: procedureFor('projectLeader', 'coordinator', 'monitor', 'management', 'participant')
    .output(z.array(partnerSchema))
    .query(({ ctx }) => listPartners(ctx.db)),

  /** Adds an organisation, or changes the kind and ring of the one with that name. */
  upsert: procedureFor('projectLeader', 'coordinator')
    .input(partnerUpsertInputSchema)
    .output(z.object({ id: z.number().int() }))
    .mutation(({ ctx, input }) => runRecord(() => upsertPartner(ctx.db, actorOf(ctx.user), input))),
} satisfies TRPCRouterRecord;
