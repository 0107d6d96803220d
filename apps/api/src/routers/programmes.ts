import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { createProgramme, getProgramme, listProgrammes } from '@leercyclus/db';
import { programmeCreateInputSchema, programmeIdSchema, programmeSchema } from '@leercyclus/domain';
import { actorOf } from '../record/actor.js';
import { runRecord } from '../record/recordErrors.js';
import { procedureFor } from '../trpc.js';

export const programmesRouter = {
  list: procedureFor('projectLeader', 'coordinator', 'monitor', 'management', 'participant')
    .output(z.array(programmeSchema))
    .query(({ ctx }) => listProgrammes(ctx.db)),

  get: procedureFor('projectLeader', 'coordinator', 'monitor', 'management', 'participant')
    .input(z.object({ id: programmeIdSchema }))
    .output(programmeSchema)
    .query(({ ctx, input }) => runRecord(() => getProgramme(ctx.db, input.id))),

  /** Registers a programme, its districts and its agenda categories (the default list unless given). */
  create: procedureFor('projectLeader')
    .input(programmeCreateInputSchema)
    .output(programmeSchema)
    .mutation(({ ctx, input }) => runRecord(() => createProgramme(ctx.db, actorOf(ctx.user), input))),
} satisfies TRPCRouterRecord;
