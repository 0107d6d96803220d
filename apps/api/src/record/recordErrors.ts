import { TRPCError } from '@trpc/server';
import { RecordError } from '@leercyclus/db';

const codes = { notFound: 'NOT_FOUND', conflict: 'CONFLICT', invalid: 'BAD_REQUEST' } as const;

/** Carries the fields a refusal is about in the shape the error formatter reads from schema failures. */
export class FieldIssue extends Error {
  readonly issues: { path: string[]; message: string }[];
  constructor(issues: readonly { path: string; message: string }[]) {
    super(issues.map((issue) => issue.message).join('; '));
    this.issues = issues.map((issue) => ({ path: issue.path.split('.'), message: issue.message }));
  }
}

/**
 * Runs a read or write of the record and turns its refusal into the tRPC error a client understands, naming the
 * field at fault as a schema failure would. The record writes nothing when it refuses.
 */
export async function runRecord<R>(work: () => Promise<R>): Promise<R> {
  try {
    return await work();
  } catch (error) {
    if (!(error instanceof RecordError)) throw error;
    throw new TRPCError({
      code: codes[error.kind],
      message: error.message,
      ...(error.field !== undefined
        ? { cause: new FieldIssue([{ path: error.field, message: error.message }]) }
        : {}),
    });
  }
}
