import type { TRPCRouterRecord } from '@trpc/server';
import { readAuditTrail } from '@leercyclus/db';
import {
  auditExportSchema,
  auditFilterSchema,
  auditPageInputSchema,
  auditPageSchema,
  type AuditFilter,
} from '@leercyclus/domain';
import { auditAs } from '../audit/trail.js';
import { toCsv } from '../export/csv.js';
import { auditedInput, dataProtectionProcedure } from '../trpc.js';

/** The most entries one export holds; a narrower filter gets the rest. */
const exportLimit = 50_000;

/** Reading the trail is audited too: whose actions the officer looked at. */
const lookedAt = (filter: AuditFilter) => filter.personId ?? filter.recordId ?? 'all';
/** The filter an entry notes, without the page it asked for. */
const filterOf = (input: AuditFilter) =>
  Object.fromEntries(Object.entries(input).filter(([key]) => key !== 'before' && key !== 'limit'));

/** The audit trail, for the data-protection officer: who saw and changed what, from where (NEN 7513). */
export const auditRouter = {
  /** One page of entries, newest first, by person, record, period and kind of action. */
  list: dataProtectionProcedure
    .meta(
      auditAs<AuditFilter, { entries: unknown[] }>('read', 'auditTrail', {
        recordId: ({ input }) => lookedAt(input),
        details: ({ input, answer }) => ({ filter: filterOf(input), entries: answer.entries.length }),
      }),
    )
    .input(auditPageInputSchema)
    .use(auditedInput)
    .output(auditPageSchema)
    .query(async ({ ctx, input }) => {
      const { before, limit, ...filter } = input;
      const { entries, more } = await readAuditTrail(ctx.db, filter, { before, limit });
      return { entries, nextBefore: more ? entries.at(-1)!.id : null };
    }),

  /** Every entry the filter finds (up to 50,000), as a CSV file; the export is itself an entry. */
  export: dataProtectionProcedure
    .meta(
      auditAs<AuditFilter, { rows: number }>('export', 'auditTrail', {
        recordId: ({ input }) => lookedAt(input),
        details: ({ input, answer }) => ({ filter: filterOf(input), rows: answer.rows }),
      }),
    )
    .input(auditFilterSchema)
    .use(auditedInput)
    .output(auditExportSchema)
    .query(async ({ ctx, input }) => {
      const { entries, more } = await readAuditTrail(ctx.db, input, { limit: exportLimit });
      const csv = toCsv(
        [
          'id',
          'at',
          'actor',
          'actor_name',
          'on_behalf_of',
          'operation',
          'action',
          'record_type',
          'record_id',
          'client_address',
          'session',
          'user_agent',
          'details',
        ],
        entries.map((e) => [
          e.id,
          e.at,
          e.actor,
          e.actorName,
          e.onBehalfOf,
          e.operation,
          e.action,
          e.recordType,
          e.recordId,
          e.clientAddress,
          e.session,
          e.userAgent,
          e.details,
        ]),
      );
      const day = new Date().toISOString().slice(0, 10);
      return { fileName: `audit-trail-${day}.csv`, csv, rows: entries.length, truncated: more };
    }),
} satisfies TRPCRouterRecord;
