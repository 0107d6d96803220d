import { z } from 'zod';

/** A list in which every item appears once: a repeated district, theme or step is a typing mistake. */
export function uniqueList<T extends z.ZodType<string>>(item: T, max: number) {
  return z
    .array(item)
    .max(max)
    .refine((list) => new Set(list).size === list.length, { error: 'each item once' });
}
