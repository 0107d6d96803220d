import { isTRPCClientError } from '@trpc/client';
import type { FieldError } from '@leercyclus/api';

export type { FieldError };

/** What went wrong, in the terms the screens explain to a user. */
export type ErrorKind =
  | 'unauthorized'
  | 'forbidden'
  | 'notFound'
  | 'conflict'
  | 'closed'
  | 'badRequest'
  | 'network'
  | 'unavailable'
  | 'tooMany'
  | 'server';

interface ErrorData {
  code?: string;
  httpStatus?: number;
  fieldErrors?: FieldError[];
  /** An internal error's reference, under which the server's log holds what went wrong. */
  correlationId?: string;
  /** How long a throttled call should wait before it is sent again. */
  retryAfterSeconds?: number;
}

function dataOf(error: unknown): ErrorData | undefined {
  if (!isTRPCClientError(error)) return undefined;
  const data: unknown = error.data;
  if (typeof data !== 'object' || data === null) return undefined;
  return data;
}

/** The tRPC error code (`NOT_FOUND`, `CONFLICT`, ...) or undefined when the server gave none. */
export function errorCode(error: unknown): string | undefined {
  return dataOf(error)?.code;
}

export function errorKind(error: unknown): ErrorKind {
  const data = dataOf(error);
  // No tRPC answer at all: the request never reached the API, or a proxy answered instead.
  if (!data?.code) return 'network';
  // The API answered, but the record or Temporal behind it is away for the moment.
  if (data.code === 'SERVICE_UNAVAILABLE') return 'unavailable';
  if (data.httpStatus !== undefined && [502, 503, 504].includes(data.httpStatus)) return 'network';
  switch (data.code) {
    case 'UNAUTHORIZED':
      return 'unauthorized';
    case 'FORBIDDEN':
      return 'forbidden';
    case 'NOT_FOUND':
      return 'notFound';
    case 'CONFLICT':
      return 'conflict';
    case 'TOO_MANY_REQUESTS':
      return 'tooMany';
    case 'PRECONDITION_FAILED':
      // A command to a process that has finished (a closed cycle takes no more changes).
      return 'closed';
    case 'BAD_REQUEST':
    case 'PARSE_ERROR':
    case 'UNPROCESSABLE_CONTENT':
      return 'badRequest';
    default:
      return 'server';
  }
}

/** The field errors of a refused input, as the API's error formatter adds them (`error.data.fieldErrors`). */
export function fieldErrorsOf(error: unknown): FieldError[] {
  const fieldErrors = dataOf(error)?.fieldErrors;
  return Array.isArray(fieldErrors) ? fieldErrors : [];
}

/** The server's own message, for details beside the explanation in words. */
export function serverMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** What the server told of a failure beyond its kind: an internal error's reference, a throttled call's wait. */
export function failureDetails(error: unknown): { correlationId?: string; retryAfterSeconds?: number } {
  const data = dataOf(error);
  return {
    ...(typeof data?.correlationId === 'string' ? { correlationId: data.correlationId } : {}),
    ...(typeof data?.retryAfterSeconds === 'number' ? { retryAfterSeconds: data.retryAfterSeconds } : {}),
  };
}
