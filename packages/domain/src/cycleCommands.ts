import { z } from 'zod';
import { organisationalLevelSchema, questionCategorySchema, raisedInSchema } from './agenda.js';
import { clockTimeSchema, isoDateSchema } from './calendar.js';
import { personRefSchema, safeTextSchema } from './safeText.js';
import { sessionRecordSchema } from './sessionRecord.js';

/**
 * The commands a learning cycle takes, as zod schemas. The API parses them to name the field that is wrong;
 * the workflow's update validators parse them again, so a bad command never reaches history either way.
 */
export const recordSessionInputSchema = z.object({
  occurrenceId: z.string().min(1).max(120),
  record: sessionRecordSchema,
});

export const addQuestionInputSchema = z.object({
  text: safeTextSchema(1000),
  district: safeTextSchema(80).nullable().default(null),
  raisedIn: raisedInSchema,
  occurrenceId: z.string().min(1).max(120).nullable().default(null),
  level: organisationalLevelSchema,
  category: questionCategorySchema,
  responsible: personRefSchema.nullable().default(null),
});

/** Statuses a user sets; escalated and carried over are set by the system. */
export const userQuestionStatusSchema = z.enum(['open', 'exploring', 'answered']);

export const updateQuestionInputSchema = z
  .object({
    /** The question's agenda number (`number` alone is the cycle's). */
    questionNumber: z.number().int().positive(),
    text: safeTextSchema(1000).optional(),
    district: safeTextSchema(80).nullable().optional(),
    level: organisationalLevelSchema.optional(),
    category: questionCategorySchema.optional(),
    status: userQuestionStatusSchema.optional(),
    responsible: personRefSchema.nullable().optional(),
    lesson: safeTextSchema(4000).optional(),
  })
  .refine((input) => Object.keys(input).some((key) => key !== 'questionNumber'), {
    error: 'nothing to change: give at least one field besides the question number',
  })
  .refine((input) => input.status !== 'answered' || input.lesson !== undefined, {
    error: 'an answered question needs the lesson learned',
    path: ['lesson'],
  });

export const submitEvaluationInputSchema = z.object({
  checkpointId: z.string().min(1).max(120),
  sharpenedQuestions: z
    .array(z.object({ questionNumber: z.number().int().positive(), text: safeTextSchema(1000) }))
    .max(100)
    .default([]),
  developmentGoals: z
    .array(
      z.object({
        text: safeTextSchema(1000),
        owner: personRefSchema.nullable().default(null),
      }),
    )
    .max(50)
    .default([]),
  notes: safeTextSchema(8000, 0).default(''),
});

export const moveOccurrenceInputSchema = z.discriminatedUnion('action', [
  z.object({
    occurrenceId: z.string().min(1).max(120),
    action: z.literal('move'),
    date: isoDateSchema,
    /** Keeps the original time of day when absent. */
    startTime: clockTimeSchema.optional(),
    reason: safeTextSchema(500),
  }),
  z.object({
    occurrenceId: z.string().min(1).max(120),
    action: z.literal('cancel'),
    reason: safeTextSchema(500),
  }),
]);

export const remindCheckpointInputSchema = z.object({ checkpointId: z.string().min(1).max(120) });

export const extendCycleInputSchema = z.object({ endsOn: isoDateSchema });

export const closeCycleInputSchema = z.object({ reason: safeTextSchema(500, 0).default('') });

export type RecordSessionInput = z.output<typeof recordSessionInputSchema>;
export type AddQuestionInput = z.output<typeof addQuestionInputSchema>;
export type UpdateQuestionInput = z.output<typeof updateQuestionInputSchema>;
export type SubmitEvaluationInput = z.output<typeof submitEvaluationInputSchema>;
export type MoveOccurrenceInput = z.output<typeof moveOccurrenceInputSchema>;
export type RemindCheckpointInput = z.output<typeof remindCheckpointInputSchema>;
export type ExtendCycleInput = z.output<typeof extendCycleInputSchema>;
export type CloseCycleInput = z.output<typeof closeCycleInputSchema>;
