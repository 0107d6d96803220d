import { z } from 'zod';

/** The kinds of action NEN 7513 distinguishes; an entry's `action` says more precisely what happened. */
export const auditOperations = ['read', 'create', 'change', 'delete', 'export', 'refused'] as const;
export type AuditOperation = (typeof auditOperations)[number];

const instantSchema = z.iso.datetime({
  offset: true,
  error: 'expected a date and time such as 2026-03-05T00:00:00+01:00',
});

/** What the data-protection officer looks for in the audit trail: whose actions, on which record, when, what kind. */
const auditFilterFields = z.object({
  /** Who acted: a person id, or `system` and `anonymous`. */
  personId: z.string().trim().min(1).max(100).optional(),
  /** The kind of record (`cycle`, `case`, `person`, …) and, optionally, which one. */
  recordType: z.string().trim().min(1).max(60).optional(),
  recordId: z.string().trim().min(1).max(300).optional(),
  /** The period: from this instant, up to (not including) that one. */
  from: instantSchema.optional(),
  until: instantSchema.optional(),
  operation: z.enum(auditOperations).optional(),
});

type PeriodFields = { from?: string | undefined; until?: string | undefined };
const periodInOrder = (filter: PeriodFields) =>
  filter.from === undefined ||
  filter.until === undefined ||
  Date.parse(filter.from) < Date.parse(filter.until);
const periodError = { path: ['until'], error: 'the period ends before it starts' };

export const auditFilterSchema = auditFilterFields.refine(periodInOrder, periodError);
export type AuditFilter = z.output<typeof auditFilterSchema>;

/** One page of the trail, newest first: the entries before `before` (an entry id), the first page without it. */
export const auditPageInputSchema = auditFilterFields
  .extend({
    before: z.number().int().positive().optional(),
    limit: z.number().int().min(1).max(200).default(50),
  })
  .refine(periodInOrder, periodError);

export const auditEntrySchema = z.object({
  id: z.number(),
  at: z.string(),
  actor: z.string(),
  /** The actor's name when they are a person of the record. */
  actorName: z.string().nullable(),
  /** The capacity the call was let through in: `coordinator@programme:proeftuin`, comma-separated. */
  onBehalfOf: z.string().nullable(),
  operation: z.enum(auditOperations),
  action: z.string(),
  recordType: z.string(),
  recordId: z.string(),
  details: z.record(z.string(), z.unknown()),
  clientAddress: z.string().nullable(),
  /** A fingerprint of the session or token, `session:…` or `token:…`. */
  session: z.string().nullable(),
  userAgent: z.string().nullable(),
});
export type AuditTrailEntry = z.output<typeof auditEntrySchema>;

export const auditPageSchema = z.object({
  entries: z.array(auditEntrySchema),
  /** The `before` of the next (older) page; null on the last. */
  nextBefore: z.number().nullable(),
});

/** An export: a file to save, and whether it stopped at the most one export holds. */
export const auditExportSchema = z.object({
  fileName: z.string(),
  csv: z.string(),
  rows: z.number(),
  truncated: z.boolean(),
});
