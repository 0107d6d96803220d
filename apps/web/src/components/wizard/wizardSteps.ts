import type { FieldError } from '../../errors/describeError';

/** Where each error of a launch input belongs among a wizard's steps. */
export interface StepIndex<Step extends string> {
  steps: readonly Step[];
  /** The step whose fields an error path belongs to (the last step for what no step shows). */
  stepOf: (path: string) => Step;
  /** The errors that belong to the given step or an earlier one (later steps are not filled in yet). */
  errorsUpTo: (errors: readonly FieldError[], step: Step) => FieldError[];
  /** The earliest step with an error, for showing it. */
  firstStepWithError: (errors: readonly FieldError[]) => Step | undefined;
}

/** A wizard's steps, from the step of each top-level field of its launch input. */
export function stepIndex<Step extends string>(
  steps: readonly [Step, ...Step[]],
  stepOfField: Readonly<Record<string, Step>>,
): StepIndex<Step> {
  const last = steps[steps.length - 1]!;
  const stepOf = (path: string): Step => stepOfField[path.split('.')[0] ?? ''] ?? last;
  return {
    steps,
    stepOf,
    errorsUpTo: (errors, step) => {
      const limit = steps.indexOf(step);
      return errors.filter((error) => steps.indexOf(stepOf(error.path)) <= limit);
    },
    firstStepWithError: (errors) => {
      const indexes = errors.map((error) => steps.indexOf(stepOf(error.path)));
      return indexes.length > 0 ? steps[Math.min(...indexes)] : undefined;
    },
  };
}

/** The issues of a failed schema check (zod's), as the API words field errors: `members.0.organisation`. */
export function issuesOf(error: {
  issues: readonly { path: readonly PropertyKey[]; message: string }[];
}): FieldError[] {
  return error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }));
}

/** The outcome of checking a wizard with the API's own schema: what would launch, or what is wrong. */
export type WizardCheck<Plan> = ({ ok: true } & Plan) | { ok: false; errors: FieldError[] };

/** A number as typed; an empty field is not a number (the schema then says it is required). */
export function toNumber(value: number | string): number {
  if (typeof value === 'number') return value;
  return value.trim() === '' ? Number.NaN : Number(value.trim());
}

export function isEmpty(value: number | string): boolean {
  return typeof value === 'string' && value.trim() === '';
}
