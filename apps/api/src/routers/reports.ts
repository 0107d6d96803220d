import { TRPCError, type TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { nextMonthlyMeeting, programmeIdSchema, tableSlugSchema } from '@leercyclus/domain';
import {
  cycleReport,
  programmeReport,
  renderPdf,
  ReportNotFound,
  tableAgenda,
  type BuiltReport,
} from '@leercyclus/reports';
import { auditAs } from '../audit/trail.js';
import { tableState } from '../temporal/tableState.js';
import type { Context } from '../context.js';
import { procedureIn } from '../trpc.js';
import { downloadSchema, pdfDownload } from '../export/download.js';

/**
 * A report shows the cases brought in with their avoided cost, so it needs what the case figures need: a
 * monitor or the project leader of the programme (the cycle page alone lets participants and coordinators in).
 */
const reportReaders = { programme: ['monitor', 'projectLeader'] } as const;
/** A management table's agenda and decision list: its chair and members, as its inbox. */
const tableMembers = { table: ['chair', 'member'] } as const;

const cycleInput = z.object({ programmeId: programmeIdSchema, number: z.number().int().min(1).max(999) });
const programmeInput = z.object({ programmeId: programmeIdSchema });

const nowOf = async (ctx: Context) => new Date(ctx.clock ? await ctx.clock() : Date.now());

async function built(make: () => Promise<BuiltReport>): Promise<BuiltReport> {
  try {
    return await make();
  } catch (error) {
    if (error instanceof ReportNotFound) throw new TRPCError({ code: 'NOT_FOUND', message: error.message });
    throw error;
  }
}

/** Which cases a report showed: reading case data is audited by code (NEN 7513). */
const reportDetails = (format: string) => (call: { answer: { caseCodes: string[] } }) => ({
  format,
  caseCodes: call.answer.caseCodes,
});

/** The reports (docs/reports.md): as PDF to download, and as the document the panel's print view draws. */
export const reportsRouter = {
  cycle: procedureIn({
    scope: 'programme',
    grants: reportReaders,
    input: cycleInput,
    from: (i) => i.programmeId,
  })
    .meta(
      auditAs<z.output<typeof cycleInput>, { caseCodes: string[] }>('export', 'cycleReport', {
        recordId: ({ input }) => `cycle/${input.programmeId}/${input.number}`,
        details: reportDetails('pdf'),
      }),
    )
    .output(downloadSchema.extend({ caseCodes: z.array(z.string()) }))
    .query(async ({ ctx, input }) => {
      const report = await built(async () =>
        cycleReport(ctx.db, input.programmeId, input.number, await nowOf(ctx)),
      );
      return {
        ...(await pdfDownload(
          `rapport-${input.programmeId}-cyclus-${input.number}`,
          renderPdf(report.document),
        )),
        caseCodes: report.caseCodes,
      };
    }),

  cycleView: procedureIn({
    scope: 'programme',
    grants: reportReaders,
    input: cycleInput,
    from: (i) => i.programmeId,
  })
    .meta(
      auditAs<z.output<typeof cycleInput>, { caseCodes: string[] }>('export', 'cycleReport', {
        recordId: ({ input }) => `cycle/${input.programmeId}/${input.number}`,
        details: reportDetails('print'),
      }),
    )
    .query(async ({ ctx, input }) =>
      built(async () => cycleReport(ctx.db, input.programmeId, input.number, await nowOf(ctx))),
    ),

  programme: procedureIn({
    scope: 'programme',
    grants: reportReaders,
    input: programmeInput,
    from: (i) => i.programmeId,
  })
    .meta(
      auditAs<z.output<typeof programmeInput>, { caseCodes: string[] }>('export', 'programmeReport', {
        recordId: ({ input }) => input.programmeId,
        details: reportDetails('pdf'),
      }),
    )
    .output(downloadSchema.extend({ caseCodes: z.array(z.string()) }))
    .query(async ({ ctx, input }) => {
      const report = await built(async () => programmeReport(ctx.db, input.programmeId, await nowOf(ctx)));
      return {
        ...(await pdfDownload(`rapport-${input.programmeId}`, renderPdf(report.document))),
        caseCodes: report.caseCodes,
      };
    }),

  programmeView: procedureIn({
    scope: 'programme',
    grants: reportReaders,
    input: programmeInput,
    from: (i) => i.programmeId,
  })
    .meta(
      auditAs<z.output<typeof programmeInput>, { caseCodes: string[] }>('export', 'programmeReport', {
        recordId: ({ input }) => input.programmeId,
        details: reportDetails('print'),
      }),
    )
    .query(async ({ ctx, input }) =>
      built(async () => programmeReport(ctx.db, input.programmeId, await nowOf(ctx))),
    ),

  /** A management table's agenda (open items, by due date) and decision list, for its next meeting. */
  tableAgenda: procedureIn({
    scope: 'table',
    grants: tableMembers,
    input: z.object({ table: tableSlugSchema }),
    from: (i) => i.table,
  })
    .meta(auditAs<{ table: string }>('export', 'tableAgenda', { recordId: ({ input }) => input.table }))
    .output(downloadSchema)
    .query(async ({ ctx, input }) => {
      const now = await nowOf(ctx);
      const { config } = await tableState(ctx.temporal, input.table);
      const meeting = config.meeting ? nextMonthlyMeeting(now, config.meeting, config.timeZone) : null;
      const document = await tableAgenda(ctx.db, input.table, now, meeting);
      return pdfDownload(`agenda-${input.table}`, renderPdf(document));
    }),
} satisfies TRPCRouterRecord;
