import { ApplicationFailure } from '@temporalio/workflow';
import type { z } from 'zod';

/** Failure types a command can be refused with; the API maps each to its own HTTP-level code. */
export const commandFailureTypes = {
  invalid: 'InvalidCommand',
  notFound: 'NotFound',
  closed: 'ProcessClosed',
} as const;

export function refuse(type: keyof typeof commandFailureTypes, message: string): ApplicationFailure {
  return ApplicationFailure.create({ type: commandFailureTypes[type], message, nonRetryable: true });
}

/** Parses a command in an update validator; a bad one is refused naming its fields and never reaches history. */
export function parseCommand<T extends z.ZodType>(schema: T, value: unknown): z.output<T> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw refuse(
    'invalid',
    result.error.issues.map((issue) => `${issue.path.join('.') || 'input'}: ${issue.message}`).join('; '),
  );
}
