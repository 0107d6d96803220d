import type { z } from 'zod';
import { parseCommand, refuse } from './commandErrors.js';

/** The first path where two JSON values differ, or undefined when they are the same. */
function firstDifference(a: unknown, b: unknown, path: string[] = []): string[] | undefined {
  if (a === b) return undefined;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return path;
  if (Array.isArray(a) !== Array.isArray(b)) return path;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const key of keys) {
    const found = firstDifference((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], [
      ...path,
      key,
    ]);
    if (found) return found;
  }
  return undefined;
}

/**
 * Parses a command in an update validator and accepts it only in the form the schema gives it (defaults filled
 * in, text trimmed), as the API sends it. History then holds exactly what the handler applies, so replay never
 * depends on today's schemas: handlers take the recorded input as it stands. The state's checks come first, as
 * their refusals say more to a user.
 */
export function parseCanonical<T extends z.ZodType>(
  schema: T,
  value: unknown,
  validate: (parsed: z.output<T>) => void,
): void {
  const parsed = parseCommand(schema, value);
  validate(parsed);
  const path = firstDifference(parsed, value);
  if (path) {
    const field = path.join('.') || 'input';
    const expected = JSON.stringify(path.reduce<unknown>((v, k) => (v as never)?.[k], parsed));
    throw refuse('invalid', `${field}: send the field as the schema gives it (${expected ?? 'absent'})`);
  }
}
