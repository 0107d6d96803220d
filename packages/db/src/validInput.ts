import type { z } from 'zod';
import { RecordError } from './errors.js';

/**
 * The input as the schema reads it, or an `invalid` refusal naming the first field at fault: the command line and
 * the API get the same answer from the record as from their own schemas.
 */
export function validInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const field = issue.path.map(String).join('.');
  throw new RecordError('invalid', field ? `${field}: ${issue.message}` : issue.message, field || undefined);
}
