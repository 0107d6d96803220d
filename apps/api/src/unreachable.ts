import { TRPCError } from '@trpc/server';

/** node-postgres and Postgres saying the server is gone: refused, reset, shut down, or never answering. */
const recordUnreachableCodes = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  '57014', // query_canceled: the statement ran past DATABASE_STATEMENT_TIMEOUT_SECONDS
  '57P01', // admin_shutdown
  '57P03', // cannot_connect_now
  '08000',
  '08001',
  '08003',
  '08006',
]);
/** node-postgres giving up: the connection lost, not opened in time, or a statement unanswered (`query_timeout`). */
const recordUnreachableMessage =
  /Connection terminated|timeout exceeded when trying to connect|Query read timeout/;
/** gRPC's UNAVAILABLE and DEADLINE_EXCEEDED: the Temporal server cannot be reached. */
const temporalUnreachableCodes = new Set([14, 4]);

function causes(error: unknown): unknown[] {
  const chain: unknown[] = [];
  for (let current = error; current instanceof Error && chain.length < 10; current = current.cause) {
    chain.push(current);
  }
  return chain;
}

/** Which part of the system a failure says is out of reach, if any. */
export function unreachablePart(error: unknown): 'record' | 'temporal' | null {
  for (const cause of causes(error)) {
    const code: unknown = (cause as { code?: unknown }).code;
    if (typeof code === 'number' && temporalUnreachableCodes.has(code)) return 'temporal';
    if (typeof code === 'string' && recordUnreachableCodes.has(code)) return 'record';
    if (recordUnreachableMessage.test((cause as Error).message)) return 'record';
  }
  return null;
}

const messages = {
  record: 'The record (database) cannot be reached right now; try again in a minute.',
  temporal: 'The workflow engine (Temporal) cannot be reached right now; try again in a minute.',
};

/**
 * A procedure that failed because the record or Temporal is away answers SERVICE_UNAVAILABLE saying which,
 * rather than an internal error: the same call (with its request id) can simply be sent again.
 */
export function reportUnreachable(error: TRPCError): TRPCError {
  const part = unreachablePart(error.cause ?? error);
  return part ? new TRPCError({ code: 'SERVICE_UNAVAILABLE', message: messages[part], cause: error }) : error;
}
