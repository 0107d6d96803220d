import { z } from 'zod';
import { personRefSchema, safeTextSchema } from './safeText.js';
import { clockTimeSchema, timeZoneSchema, weekdaySchema } from './calendar.js';

export const tableSlugSchema = z.string().regex(/^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/, {
  error: 'expected a table code of lowercase letters, digits and dashes, such as managementtafel-jeugd',
});

/** A meeting on the n-th weekday of each month, e.g. the first Wednesday at 15:00. */
export const monthlyMeetingSchema = z.object({
  nth: z.number().int().min(1).max(4),
  weekday: weekdaySchema,
  startTime: clockTimeSchema,
});

export const tableConfigSchema = z.object({
  slug: tableSlugSchema,
  name: safeTextSchema(120, 3),
  /** Person ids of the members, who receive reminders and may answer (the API feeds them from the table's memberships). */
  members: z.array(personRefSchema).max(50).default([]),
  meeting: monthlyMeetingSchema.nullable().default(null),
  timeZone: timeZoneSchema.default('Europe/Amsterdam'),
  /** Days within which an escalation is answered when no meeting comes first. */
  serviceLevelDays: z.number().int().min(1).max(365).default(28),
  /** Reminders before the due moment, in days, and every n days while overdue. */
  reminderDaysBefore: z.array(z.number().int().min(0).max(60)).max(5).default([3]),
  overdueEveryDays: z.number().int().min(1).max(60).default(7),
  /** Past this many days overdue an item is raised to the parent table. */
  raiseAfterDaysOverdue: z.number().int().min(1).max(365).default(14),
  parentTable: tableSlugSchema.nullable().default(null),
});
export type TableConfigInput = z.input<typeof tableConfigSchema>;
export type TableConfig = z.output<typeof tableConfigSchema>;

export const escalationSourceSchema = z.object({
  kind: z.enum(['cycleQuestion', 'cycleCheckpoint', 'groupObstacle']),
  /** Workflow id of the cycle or group that raised it. */
  processId: z.string(),
  programmeId: z.string().nullable(),
  questionNumber: z.number().int().positive().nullable(),
  checkpointId: z.string().nullable(),
  obstacleId: z.string().nullable(),
});
export type EscalationSource = z.infer<typeof escalationSourceSchema>;

export const decisionOutcomes = ['accepted', 'declined', 'referred', 'needsInformation'] as const;
export const decisionSchema = z.object({
  outcome: z.enum(decisionOutcomes),
  text: z.string(),
  decidedBy: z.string(),
  decidedAt: z.string(),
  table: z.string(),
});
export type Decision = z.infer<typeof decisionSchema>;

/** Where an item has been: each table that held it, from when, with the reminders it sent. */
export const escalationHopSchema = z.object({
  table: z.string(),
  receivedAt: z.string(),
  dueAt: z.string(),
  remindersSent: z.number(),
  raisedAt: z.string().nullable(),
});

/**
 * What a workflow raised by itself, as a code with its parameters: the panel words it in the reader's language
 * and names people by name (`owner` is a person id). Escalations a person raised carry their own words instead.
 */
export const escalationWordingSchema = z.discriminatedUnion('code', [
  z.object({
    code: z.literal('checkpointOverdue'),
    checkpointTitle: z.string(),
    cycleNumber: z.number(),
    daysOverdue: z.number(),
    owner: z.string(),
    remindersSent: z.number(),
  }),
  z.object({ code: z.literal('openAtCycleEnd'), cycleNumber: z.number() }),
]);
export type EscalationWording = z.infer<typeof escalationWordingSchema>;

/** What a source sends to a table. Its id is stable, so the same escalation sent twice is one item. */
export const escalationRequestSchema = z.object({
  id: z.string().min(1).max(300),
  table: tableSlugSchema,
  source: escalationSourceSchema,
  /** `text` and `why` in English for logs and older items; `wording` is what the panel shows when present. */
  text: z.string(),
  why: z.string(),
  wording: escalationWordingSchema.nullable().optional(),
  raisedBy: z.string(),
  raisedAt: z.string(),
  history: z.array(escalationHopSchema).default([]),
});
export type EscalationRequest = z.input<typeof escalationRequestSchema>;

export const escalationStatuses = ['open', 'overdue', 'answered', 'raised'] as const;

export const escalationItemSchema = escalationRequestSchema.extend({
  receivedAt: z.string(),
  dueAt: z.string(),
  status: z.enum(escalationStatuses),
  remindersSent: z.array(z.object({ kind: z.string(), at: z.string() })),
  decision: decisionSchema.nullable(),
});
export type EscalationItem = z.infer<typeof escalationItemSchema>;

/** The answer as it travels back to the source. */
export const escalationAnswerSchema = z.object({
  escalationId: z.string(),
  source: escalationSourceSchema,
  decision: decisionSchema,
});
export type EscalationAnswer = z.infer<typeof escalationAnswerSchema>;

export const respondInputSchema = z.object({
  escalationId: z.string().min(1).max(300),
  outcome: z.enum(decisionOutcomes),
  text: safeTextSchema(4000),
});
export type RespondInput = z.output<typeof respondInputSchema>;

export const escalateQuestionInputSchema = z.object({
  questionNumber: z.number().int().positive(),
  why: safeTextSchema(2000),
  /** The management table; defaults to the one the cycle was launched with. */
  table: tableSlugSchema.optional(),
});
export type EscalateQuestionInput = z.output<typeof escalateQuestionInputSchema>;

/** The name a table has until it is configured: an escalation can reach a table nobody has set up yet. */
export function defaultTableName(slug: string): string {
  return `Managementtafel ${slug}`;
}

export function tableWorkflowId(slug: string): string {
  return `table/${slug}`;
}

/** An escalation as the question that raised it keeps it. */
export const questionEscalationSchema = z.object({
  id: z.string(),
  table: z.string(),
  why: z.string(),
  wording: escalationWordingSchema.nullable().optional(),
  raisedAt: z.string(),
  raisedBy: z.string(),
  decision: decisionSchema.nullable(),
});
