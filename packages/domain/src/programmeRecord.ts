import { z } from 'zod';
import { defaultQuestionCategories, questionCategorySchema } from './agenda.js';
import { districtSlotSchema, programmeIdSchema } from './cycleLaunch.js';
import { personRefSchema, safeTextSchema } from './safeText.js';
import { defaultActionEffectAfterWeeks } from './questionActions.js';
import { defaultStaleAfterCycles, defaultStaleAfterWeeks } from './staleQuestions.js';
import { uniqueList } from './uniqueList.js';

export const districtNameSchema = districtSlotSchema.shape.name;

/** A person id, e.g. `anna.projectleider`. */
export const userIdSchema = personRefSchema;

export const managementTableIdSchema = z.string().regex(/^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/, {
  error: 'expected a management table code of lowercase letters, digits and dashes, such as mt-jeugd',
});

/** The contract of `programmes.create`; a programme given no agenda categories gets the default list. */
export const programmeCreateInputSchema = z.object({
  id: programmeIdSchema,
  name: safeTextSchema(200),
  projectLeader: userIdSchema,
  districts: uniqueList(districtNameSchema, 12).min(1, { error: 'a programme needs at least one district' }),
  managementTable: managementTableIdSchema,
  questionCategories: uniqueList(questionCategorySchema, 40)
    .min(1)
    .default(() => [...defaultQuestionCategories]),
  /** Weeks an action may go without an observed effect before the next session is asked to look at it. */
  actionEffectAfterWeeks: z.number().int().min(1).max(52).default(defaultActionEffectAfterWeeks),
  /** A question open without change this many weeks "blijft liggen" ... */
  staleAfterWeeks: z.number().int().min(1).max(104).default(defaultStaleAfterWeeks),
  /** ... or while this many cycles began since its last change. */
  staleAfterCycles: z.number().int().min(1).max(10).default(defaultStaleAfterCycles),
});
export type ProgrammeCreateInput = z.output<typeof programmeCreateInputSchema>;

/** A category renamed after creation: questions filed under the old code keep it, and the rename says where it went. */
export const categoryRenameSchema = z.object({
  from: questionCategorySchema,
  to: questionCategorySchema,
});

/**
 * The contract of `programmes.update`: what is given changes, the rest stays. Districts may be added, not
 * removed (their sessions stay on record); categories are the new list, and renames name the old code a new one
 * takes the place of, so the programme keeps the history of its categories.
 */
export const programmeUpdateInputSchema = z.object({
  id: programmeIdSchema,
  name: safeTextSchema(200).optional(),
  projectLeader: userIdSchema.optional(),
  districts: uniqueList(districtNameSchema, 12).min(1).optional(),
  managementTable: managementTableIdSchema.optional(),
  questionCategories: uniqueList(questionCategorySchema, 40).min(1).optional(),
  categoryRenames: z.array(categoryRenameSchema).max(40).default([]),
});
export type ProgrammeUpdateInput = z.output<typeof programmeUpdateInputSchema>;

export const programmeSchema = z.object({
  id: z.string(),
  name: z.string(),
  projectLeader: z.string(),
  districts: z.array(z.string()),
  managementTable: z.string(),
  questionCategories: z.array(z.string()),
  /** Every rename of a category, oldest first. */
  categoryRenames: z.array(categoryRenameSchema.extend({ at: z.string(), by: z.string() })),
  createdAt: z.string(),
  createdBy: z.string(),
  actionEffectAfterWeeks: z.number().int(),
  staleAfterWeeks: z.number().int(),
  staleAfterCycles: z.number().int(),
});
export type Programme = z.infer<typeof programmeSchema>;
