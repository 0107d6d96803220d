export interface FieldError {
  /** Dotted path of the field, e.g. `districts.0.startTime`; empty for the input as a whole. */
  path: string;
  message: string;
}

type PathSegment = PropertyKey | { key: PropertyKey };

interface IssueLike {
  path?: readonly PathSegment[];
  message: string;
  /** A union's issues per alternative (zod's `invalid_union`), paths relative to the union. */
  errors?: readonly (readonly IssueLike[])[];
}

const segmentOf = (segment: PathSegment): string =>
  String(typeof segment === 'object' && segment !== null ? segment.key : segment);

/**
 * The field errors of one issue. A union that matched no alternative says only "Invalid input" about the whole;
 * what each alternative found wrong names the fields, so those are given instead (e.g. `programmeId: expected
 * string` as well as `groupSlug: required`).
 */
function flatten(issue: IssueLike, prefix: readonly string[]): FieldError[] {
  const path = [...prefix, ...(issue.path ?? []).map(segmentOf)];
  const alternatives = issue.errors?.filter((issues) => issues.length > 0) ?? [];
  if (alternatives.length > 0)
    return alternatives.flatMap((issues) => issues.flatMap((i) => flatten(i, path)));
  return [{ path: path.join('.'), message: issue.message }];
}

/** Field errors of a validation failure (zod, or any Standard Schema), or undefined for other errors. */
export function fieldErrorsOf(cause: unknown): FieldError[] | undefined {
  if (typeof cause !== 'object' || cause === null || !('issues' in cause)) return undefined;
  const issues = cause.issues;
  if (!Array.isArray(issues)) return undefined;
  const fieldErrors = (issues as IssueLike[]).flatMap((issue) => flatten(issue, []));
  // Two alternatives may find the same field wrong in the same words.
  return fieldErrors.filter(
    (error, index) =>
      fieldErrors.findIndex((other) => other.path === error.path && other.message === error.message) ===
      index,
  );
}
