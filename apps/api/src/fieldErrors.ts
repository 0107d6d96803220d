export interface FieldError {
  /** Dotted path of the field, e.g. `districts.0.startTime`; empty for the input as a whole. */
  path: string;
  message: string;
}

interface IssueLike {
  path?: readonly PropertyKey[] | readonly { key: PropertyKey }[];
  message: string;
}

/** Field errors of a validation failure (zod, or any Standard Schema), or undefined for other errors. */
export function fieldErrorsOf(cause: unknown): FieldError[] | undefined {
  if (typeof cause !== 'object' || cause === null || !('issues' in cause)) return undefined;
  const issues = cause.issues;
  if (!Array.isArray(issues)) return undefined;
  return (issues as IssueLike[]).map((issue) => ({
    path: (issue.path ?? [])
      .map((segment) => (typeof segment === 'object' && segment !== null ? segment.key : segment))
      .map(String)
      .join('.'),
    message: issue.message,
  }));
}
