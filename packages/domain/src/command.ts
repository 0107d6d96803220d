import { z } from 'zod';

/** A command as a process's workflow receives it (a cycle's, a group's, a table's): its input and who sent it. */
export interface Command<T> {
  by: string;
  input: T;
}

/** The envelope's schema around a command's input schema: the API sends, the workflow's validator parses. */
export function commandSchema<T extends z.ZodType>(input: T) {
  return z.object({ by: z.string().min(1).max(100), input });
}
