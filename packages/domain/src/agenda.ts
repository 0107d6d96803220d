import { z } from 'zod';
import { questionEscalationSchema } from './escalation.js';
import { questionActionSchema } from './questionActions.js';
import { safeTextSchema } from './safeText.js';

/** The default categories of a learning agenda: for a programme registered without a list of its own. */
export const defaultQuestionCategories = [
  'collaborationWithPartners',
  'safety',
  'diagnosisOrTreatmentRequest',
  'normalising',
  'roleAndOwnEffortOfSwt',
  'parentsCryForHelp',
  'slowingDownBroadView',
  'education',
  'internalSupport',
  'monitoring',
  'futureAndEmbedding',
] as const;

export const questionCategorySchema = z
  .string()
  .regex(/^[a-zA-Z][a-zA-Z0-9]{1,47}$/, { error: 'expected a category code such as safety' });

export const organisationalLevels = ['practice', 'team', 'organisation', 'system'] as const;
export const organisationalLevelSchema = z.enum(organisationalLevels);

export const questionStatuses = ['open', 'exploring', 'answered', 'escalated', 'carriedOver'] as const;
export const questionStatusSchema = z.enum(questionStatuses);

export const raisedInValues = [
  'learningSession',
  'programmeTeam',
  'partnerGathering',
  'parents',
  'evaluation',
] as const;
export const raisedInSchema = z.enum(raisedInValues);

export const reformulationSchema = z.object({ text: z.string(), at: z.string(), by: z.string() });

/** A question on the dynamic learning agenda; its number is stable across versions and does not rank. */
export const learningQuestionSchema = z.object({
  number: z.number().int().positive(),
  text: z.string(),
  district: z.string().nullable(),
  raisedIn: raisedInSchema,
  raisedBy: z.string(),
  raisedAt: z.string(),
  /** The occurrence where it was raised, when there was one. */
  occurrenceId: z.string().nullable(),
  level: organisationalLevelSchema,
  category: questionCategorySchema,
  status: questionStatusSchema,
  /** Who follows it up. */
  responsible: z.string().nullable(),
  /** Earlier wordings, oldest first, each with when and by whom it was replaced. */
  reformulations: z.array(reformulationSchema),
  lesson: z.string().nullable(),
  /** The cycle (workflow id) and number it was carried over from. */
  carriedFrom: z.object({ cycleId: z.string(), number: z.number() }).nullable(),
  /** The latest escalation to a management table, with its answer once it came back. */
  escalation: questionEscalationSchema.nullable(),
  /** What was tried and its effects; absent on questions from before actions were kept. */
  actions: z.array(questionActionSchema).optional(),
  updatedAt: z.string(),
});
export type LearningQuestion = z.infer<typeof learningQuestionSchema>;

export { safeTextSchema };
