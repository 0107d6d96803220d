import { z } from 'zod';
import {
  organisationalLevelSchema,
  questionCategorySchema,
  questionStatusSchema,
  raisedInSchema,
  reformulationSchema,
} from './agenda.js';
import { programmeIdSchema } from './cycleLaunch.js';
import { questionEscalationSchema } from './escalation.js';
import { districtNameSchema } from './programmeRecord.js';

/** The contract of `agenda.search`: every filter narrows; text matches the question, its lesson and earlier wordings. */
export const agendaSearchInputSchema = z
  .object({
    programmeId: programmeIdSchema.optional(),
    /** The workflow id of one cycle, e.g. `cycle/proeftuin/2`. */
    cycleId: z.string().trim().min(1).max(200).optional(),
    text: z.string().trim().min(2, { error: 'search for at least two characters' }).max(200).optional(),
    category: questionCategorySchema.optional(),
    status: questionStatusSchema.optional(),
    district: districtNameSchema.optional(),
    level: organisationalLevelSchema.optional(),
    limit: z.number().int().min(1).max(500).default(100),
  })
  .default({ limit: 100 });
export type AgendaSearchInput = z.output<typeof agendaSearchInputSchema>;

export const agendaQuestionSchema = z.object({
  cycleId: z.string(),
  programmeId: z.string(),
  cycleNumber: z.number().int().nullable(),
  cycleTitle: z.string(),
  number: z.number().int(),
  text: z.string(),
  district: z.string().nullable(),
  level: organisationalLevelSchema,
  category: z.string(),
  status: questionStatusSchema,
  raisedIn: raisedInSchema,
  raisedAt: z.string(),
  responsible: z.string().nullable(),
  lesson: z.string().nullable(),
  escalation: questionEscalationSchema.nullable(),
  reformulations: z.array(reformulationSchema),
  updatedAt: z.string(),
});
export type AgendaQuestion = z.infer<typeof agendaQuestionSchema>;

export const agendaByCategoryInputSchema = z.object({ programmeId: programmeIdSchema });

/** One bar of the programme reports' chart: how many questions a cycle had in a category. */
export const agendaCategoryCountSchema = z.object({
  cycleId: z.string(),
  cycleNumber: z.number().int().nullable(),
  cycleTitle: z.string(),
  category: z.string(),
  questions: z.number().int(),
});
export type AgendaCategoryCount = z.infer<typeof agendaCategoryCountSchema>;
