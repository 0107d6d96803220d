import { z } from 'zod';

/**
 * A case code: letters, digits and dashes, never a name. Codes that could be a birth date or a BSN are refused
 * (eight or nine digits in a row).
 */
export const caseCodeSchema = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9][A-Za-z0-9-]{1,23}$/, {
    error: 'a case code has letters, digits and dashes only, e.g. W-2026-014',
  })
  .refine((code) => !/\d{8,}/.test(code.replace(/-/g, '')) || /[A-Za-z]/.test(code), {
    error: 'a case code may not be a date of birth or a BSN',
  })
  .refine((code) => !/^\d{1,2}-\d{1,2}-\d{4}$/.test(code) && !/^\d{4}-\d{1,2}-\d{1,2}$/.test(code), {
    error: 'a case code may not be a date of birth',
  });
