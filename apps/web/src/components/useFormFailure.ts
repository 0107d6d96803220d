import { useState } from 'react';
import { useDescribeFailure, type Problem } from './FormProblem';

/** The errors a form shows after a refused command: beside its fields, and a summary above it. */
export function useFormFailure(paths: ReadonlySet<string>) {
  const describeFailure = useDescribeFailure();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<Problem | null>(null);
  return {
    errors,
    problem,
    fail(error: unknown) {
      const failure = describeFailure(error, paths);
      setErrors(failure.byField);
      setProblem(failure.problem);
    },
    /** Errors the form found itself, before sending. */
    show(byField: Record<string, string>, title: string) {
      setErrors(byField);
      setProblem({ title, lines: [] });
    },
    /** The user changes a field: its error goes. */
    clear(...fields: string[]) {
      if (fields.some((field) => field in errors)) {
        setErrors((current) =>
          Object.fromEntries(Object.entries(current).filter(([field]) => !fields.includes(field))),
        );
      }
    },
    reset() {
      setErrors({});
      setProblem(null);
    },
  };
}

/** A count as typed; an empty field is no number, which the API names as missing. */
export function countOf(value: number | string): number {
  if (typeof value === 'number') return value;
  return value.trim() === '' ? Number.NaN : Number(value);
}
