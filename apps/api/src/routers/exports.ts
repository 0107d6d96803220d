import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { programmeIdSchema } from '@leercyclus/domain';
import { exportSheet, sheetCsv, sheetsXlsx, type ExportDataset, type Sheet } from '@leercyclus/reports';
import type { Grants } from '../access/grants.js';
import { auditAs } from '../audit/trail.js';
import type { Context } from '../context.js';
import { download, downloadSchema } from '../export/download.js';
import { procedureIn, procedureSomewhere } from '../trpc.js';
import { programmeReaders } from './cycles/launchAndRead.js';

const formatSchema = z.enum(['xlsx', 'csv']);
/** A programme's export, or one cycle's of it. */
const scopedInput = z.object({
  programmeId: programmeIdSchema,
  cycle: z.number().int().min(1).max(999).optional(),
  format: formatSchema,
});
type ScopedInput = z.output<typeof scopedInput>;

async function fileOf(sheet: Sheet, format: 'xlsx' | 'csv') {
  const file = format === 'xlsx' ? await sheetsXlsx([sheet]) : sheetCsv(sheet);
  return { ...download(sheet.fileName, format, file), rows: sheet.rows.length };
}

const answerSchema = downloadSchema.extend({ rows: z.number().int() });

/** A dataset of a programme (or a cycle of it), for those who read the pages it comes from. */
function programmeExport(dataset: Exclude<ExportDataset, 'partners'>, grants: Grants) {
  return procedureIn({
    scope: 'programme',
    grants,
    input: scopedInput,
    from: (input) => input.programmeId,
  })
    .meta(
      auditAs<ScopedInput, { rows: number; caseCodes?: string[] }>('export', dataset, {
        recordId: ({ input }) =>
          input.cycle === undefined ? input.programmeId : `cycle/${input.programmeId}/${input.cycle}`,
        details: ({ input, answer }) => ({
          format: input.format,
          rows: answer.rows,
          ...(answer.caseCodes ? { caseCodes: answer.caseCodes } : {}),
        }),
      }),
    )
    .output(answerSchema.extend({ caseCodes: z.array(z.string()).optional() }))
    .query(async ({ ctx, input }: { ctx: Context; input: ScopedInput }) => {
      const sheet = await exportSheet(ctx.db, dataset, {
        programmeId: input.programmeId,
        cycle: input.cycle,
      });
      const file = await fileOf(sheet, input.format);
      // Reading cases is audited by code (NEN 7513): the entry names each code the file holds.
      return dataset === 'cases' ? { ...file, caseCodes: sheet.rows.map((row) => String(row[0])) } : file;
    });
}

/** The exports as XLSX (one sheet, typed cells) or CSV (semicolons, byte-order mark); docs/reports.md. */
export const exportsRouter = {
  agenda: programmeExport('agenda', programmeReaders),
  sessions: programmeExport('sessions', programmeReaders),
  checkpoints: programmeExport('checkpoints', programmeReaders),
  /** Cases are for the programme's monitors and project leader, as their figures are. */
  cases: programmeExport('cases', { programme: ['monitor', 'projectLeader'] }),

  /** The network's partner list with attendance counts: for whoever the partners page is for. */
  partners: procedureSomewhere({
    programme: ['projectLeader', 'coordinator', 'monitor', 'participant'],
    table: ['chair', 'member'],
    group: ['facilitator', 'member'],
    installation: ['administrator'],
  })
    .input(z.object({ format: formatSchema }))
    .meta(
      auditAs<{ format: string }, { rows: number }>('export', 'partners', {
        recordId: () => 'partners',
        details: ({ input, answer }) => ({ format: input.format, rows: answer.rows }),
      }),
    )
    .output(answerSchema)
    .query(async ({ ctx, input }) =>
      fileOf(await exportSheet(ctx.db, 'partners', { programmeId: '' }), input.format),
    ),
} satisfies TRPCRouterRecord;
