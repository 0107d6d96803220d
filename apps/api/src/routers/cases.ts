import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { caseStats, closeCase, eraseCase, listCases, registerCase, updateCase } from '@leercyclus/db';
import {
  caseCloseInputSchema,
  caseEraseInputSchema,
  caseErasureSchema,
  caseListInputSchema,
  caseRecordSchema,
  caseRegisterInputSchema,
  caseStatsInputSchema,
  caseStatsSchema,
  caseUpdateInputSchema,
} from '@leercyclus/domain';
import { runRecord } from '../record/recordErrors.js';
import { procedureIn } from '../trpc.js';

/** Cases and their figures are for the programme's monitors and its project leader. */
function caseProcedure<S extends z.ZodType<{ programmeId: string }>>(input: S) {
  return procedureIn({
    scope: 'programme',
    grants: { programme: ['monitor', 'projectLeader'] },
    input,
    from: (value) => value.programmeId,
  });
}

/** Pseudonymised cases: a code and facts, never a name. Every write and every read of them is audited. */
export const casesRouter = {
  register: caseProcedure(caseRegisterInputSchema)
    .output(caseRecordSchema)
    .mutation(({ ctx, input }) => runRecord(() => registerCase(ctx.db, ctx.actor, input))),

  update: caseProcedure(caseUpdateInputSchema)
    .output(caseRecordSchema)
    .mutation(({ ctx, input }) => runRecord(() => updateCase(ctx.db, ctx.actor, input))),

  close: caseProcedure(caseCloseInputSchema)
    .output(caseRecordSchema)
    .mutation(({ ctx, input }) => runRecord(() => closeCase(ctx.db, ctx.actor, input))),

  /** The programme's cases, narrowed by district, status, age group or new/existing; the read is audited. */
  list: caseProcedure(caseListInputSchema)
    .output(z.array(caseRecordSchema))
    .query(({ ctx, input }) => runRecord(() => listCases(ctx.db, ctx.actor, input))),

  /** Counts per district, age group, new or existing, open or closed, and the cost the cases avoided. */
  stats: caseProcedure(caseStatsInputSchema)
    .output(caseStatsSchema)
    .query(({ ctx, input }) => runRecord(() => caseStats(ctx.db, ctx.actor, input))),

  /**
   * Erases a case on request (AVG article 17): its code goes from the whole record, the audit trail says who
   * erased a case of the programme and when. For the programme's project leader and the installation's
   * data-protection officer; not for those who record cases, so that no one removes a case by mistake.
   */
  erase: procedureIn({
    scope: 'programme',
    grants: { programme: ['projectLeader'], installation: ['dataProtectionOfficer'] },
    input: caseEraseInputSchema,
    from: (value) => value.programmeId,
  })
    .output(caseErasureSchema)
    .mutation(({ ctx, input }) => runRecord(() => eraseCase(ctx.db, ctx.actor, input))),
} satisfies TRPCRouterRecord;
