import { z } from 'zod';
import { personalDataProblem } from './personalData.js';

/**
 * Every free text a client sends goes through this one schema: trimmed, between `min` and `max` characters (a
 * note may be empty: `min` 0), and refused when it seems to hold personal data (personalData.ts). `tooShort`
 * words the refusal of a text shorter than `min`, where zod's own would not say what is missing.
 */
export const safeTextSchema = (max: number, min = 1, tooShort?: string) =>
  z
    .string()
    .trim()
    .min(min, tooShort === undefined ? undefined : { error: tooShort })
    .max(max)
    .superRefine((text, ctx) => {
      const problem = personalDataProblem(text);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    });

/**
 * A person the input names by id (an owner, a responsible, a member): the API checks the record knows them, and
 * until then it is text like any other.
 */
export const personRefSchema = safeTextSchema(100);
