import { z } from 'zod';
import { personalDataProblem } from './personalData.js';

/** Free text that may not carry personal data (a note may be empty: `min` 0). */
export const safeTextSchema = (max: number, min = 1) =>
  z
    .string()
    .trim()
    .min(min)
    .max(max)
    .superRefine((text, ctx) => {
      const problem = personalDataProblem(text);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    });
