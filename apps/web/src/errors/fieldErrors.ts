import { errorCode, fieldErrorsOf, type FieldError } from './describeError';

/** A field error path and message as the workflow words a refusal: `occurrenceId: … was cancelled`. */
const refusalPart = /^([A-Za-z][\w]*(?:\.[\w]+)*): (.+)$/s;

/**
 * The field errors of a refused command or launch: those the API's input check lists (`error.data.fieldErrors`),
 * or else the ones a workflow's validator names at the start of its message (`record.questionNumbers: …`).
 */
export function fieldProblemsOf(error: unknown): FieldError[] {
  const listed = fieldErrorsOf(error);
  if (listed.length > 0) return listed;
  const code = errorCode(error);
  if (code !== 'BAD_REQUEST' && code !== 'NOT_FOUND') return [];
  const message = error instanceof Error ? error.message : '';
  const parts = message.split('; ').map((part) => refusalPart.exec(part));
  if (parts.length === 0 || parts.some((part) => part === null)) return [];
  return parts.map((part) => ({ path: part![1]!, message: part![2]! }));
}

/**
 * The field an error path belongs to: the path itself, or the nearest field above it (`blackoutDates.2` →
 * `blackoutDates`); null for paths the form has no field for.
 */
export function fieldOf(path: string, paths: ReadonlySet<string>): string | null {
  let current = path;
  while (current) {
    if (paths.has(current)) return current;
    const dot = current.lastIndexOf('.');
    current = dot === -1 ? '' : current.slice(0, dot);
  }
  return null;
}

export interface PlacedErrors {
  /** Messages per field path, several joined. */
  byField: Record<string, string>;
  /** Errors no field of the form shows, as `path: message`. */
  unplaced: string[];
}

/** Puts each error beside its field; what has no field is listed apart. */
export function placeErrors(
  errors: readonly FieldError[],
  paths: ReadonlySet<string>,
  translate: (message: string) => string = (message) => message,
): PlacedErrors {
  const byField: Record<string, string> = {};
  const unplaced: string[] = [];
  for (const error of errors) {
    const message = translate(error.message);
    const field = fieldOf(error.path, paths);
    if (field === null) unplaced.push(error.path ? `${error.path}: ${message}` : message);
    else byField[field] = byField[field] ? `${byField[field]}; ${message}` : message;
  }
  return { byField, unplaced };
}

/**
 * The paths of a form's fields, read off its values: each property, and within lists of rows each row and its
 * properties (`members.0.organisation`); a list of plain values (tags, dates) is one field.
 */
export function valuePaths(values: object, prefix = ''): Set<string> {
  const paths = new Set<string>();
  const isRecord = (value: unknown): value is object => typeof value === 'object' && value !== null;
  for (const [key, value] of Object.entries(values as Record<string, unknown>)) {
    const path = `${prefix}${key}`;
    paths.add(path);
    if (Array.isArray(value)) {
      const rows: unknown[] = value;
      if (!rows.every(isRecord)) continue;
      rows.forEach((row, index) => {
        paths.add(`${path}.${index}`);
        valuePaths(row, `${path}.${index}.`).forEach((nested) => paths.add(nested));
      });
    } else if (isRecord(value)) {
      valuePaths(value, `${path}.`).forEach((nested) => paths.add(nested));
    }
  }
  return paths;
}
