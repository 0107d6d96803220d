import type { TRPCRouterRecord } from '@trpc/server';
import { caseStats, closeCase, registerCase, updateCase } from '@leercyclus/db';
import {
  caseCloseInputSchema,
  caseRecordSchema,
  caseRegisterInputSchema,
  caseStatsInputSchema,
  caseStatsSchema,
  caseUpdateInputSchema,
} from '@leercyclus/domain';
import { actorOf } from '../record/actor.js';
import { runRecord } from '../record/recordErrors.js';
import { procedureFor } from '../trpc.js';

/** Pseudonymised cases: a code and facts, never a name. Every write and every read of them is audited. */
export const casesRouter = {
  register: procedureFor('monitor', 'projectLeader')
    .input(caseRegisterInputSchema)
    .output(caseRecordSchema)
    .mutation(({ ctx, input }) => runRecord(() => registerCase(ctx.db, actorOf(ctx.user), input))),

  update: procedureFor('monitor', 'projectLeader')
    .input(caseUpdateInputSchema)
    .output(caseRecordSchema)
    .mutation(({ ctx, input }) => runRecord(() => updateCase(ctx.db, actorOf(ctx.user), input))),

  close: procedureFor('monitor', 'projectLeader')
    .input(caseCloseInputSchema)
    .output(caseRecordSchema)
    .mutation(({ ctx, input }) => runRecord(() => closeCase(ctx.db, actorOf(ctx.user), input))),

  /** Counts per district, age group, new or existing, open or closed, and the cost the cases avoided. */
  stats: procedureFor('projectLeader', 'coordinator', 'monitor', 'management')
    .input(caseStatsInputSchema)
    .output(caseStatsSchema)
    .query(({ ctx, input }) => runRecord(() => caseStats(ctx.db, actorOf(ctx.user), input))),
} satisfies TRPCRouterRecord;
