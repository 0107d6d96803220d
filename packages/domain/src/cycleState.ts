import { z } from 'zod';
import { learningQuestionSchema } from './agenda.js';
import { checkpointSchema } from './checkpoint.js';
import { occurrenceSchema } from './cycleCalendar.js';
import { districtSlotSchema, weeklySlotSchema } from './cycleLaunch.js';

export const processStatusSchema = z.enum(['running', 'closed']);

/** Changes the record refused as invalid data: the process carried on, and shows them until someone looks. */
export const recordFailureSchema = z.object({
  at: z.string(),
  eventIds: z.array(z.string()),
  reason: z.string(),
});
export type RecordFailure = z.infer<typeof recordFailureSchema>;

/** The live state of a learning cycle, as its workflow's query answers it. */
export const cycleStateSchema = z.object({
  cycleId: z.string(),
  programmeId: z.string(),
  number: z.number(),
  title: z.string(),
  startsOn: z.string(),
  endsOn: z.string(),
  timeZone: z.string(),
  districts: z.array(districtSlotSchema),
  blackoutDates: z.array(z.string()),
  programmeTeam: weeklySlotSchema.nullable(),
  questionCategories: z.array(z.string()),
  launchedBy: z.string(),
  managementTable: z.string().nullable(),
  escalateOverdueAfterDays: z.number(),
  status: processStatusSchema,
  /** ISO instant of the next scheduled event, or null once the cycle has closed. */
  nextEventAt: z.string().nullable(),
  overdueCheckpoints: z.number(),
  occurrences: z.array(occurrenceSchema),
  questions: z.array(learningQuestionSchema),
  checkpoints: z.array(checkpointSchema),
  closed: z.object({ at: z.string(), by: z.string(), reason: z.string() }).nullable(),
  /** Outcomes of action-learning groups already put on the agenda, by outcome id. */
  groupOutcomes: z.array(z.string()),
  recordFailures: z.array(recordFailureSchema).optional(),
});
export type CycleState = z.infer<typeof cycleStateSchema>;

/** What an extension answers: the new end date and the occurrences it planned, not the whole state. */
export const cycleExtensionSchema = z.object({ endsOn: z.string(), added: z.array(occurrenceSchema) });
export type CycleExtension = z.infer<typeof cycleExtensionSchema>;

/** What a closed cycle hands on: the start of the next cycle's agenda, and what was left undone. */
export const cycleSummarySchema = z.object({
  cycleId: z.string(),
  programmeId: z.string(),
  number: z.number(),
  closedAt: z.string(),
  closedBy: z.string(),
  unrecordedOccurrences: z.array(occurrenceSchema.pick({ id: true, kind: true, district: true, date: true })),
  unsubmittedCheckpoints: z.array(checkpointSchema.pick({ id: true, title: true, owner: true, dueAt: true })),
  carriedOverQuestions: z.array(learningQuestionSchema),
  /** Questions at organisation or system level sent to the management table at closing. */
  escalatedQuestions: z.array(learningQuestionSchema),
});
export type CycleSummary = z.infer<typeof cycleSummarySchema>;

/** One row of a list of cycles. */
export const cycleListItemSchema = z.object({
  workflowId: z.string(),
  programmeId: z.string(),
  number: z.number(),
  title: z.string(),
  status: processStatusSchema,
  districts: z.array(z.string()),
  nextEventAt: z.string().nullable(),
  overdueCheckpoints: z.number(),
  startedAt: z.string(),
});
export type CycleListItem = z.infer<typeof cycleListItemSchema>;
