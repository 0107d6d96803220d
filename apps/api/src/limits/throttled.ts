import { TRPCError } from '@trpc/server';

/** How long to wait, as a person reads it. */
function inAWhile(seconds: number): string {
  return seconds < 90
    ? `${seconds} ${seconds === 1 ? 'seconde' : 'seconden'}`
    : `${Math.ceil(seconds / 60)} minuten`;
}

export const throttledMessages = {
  signIn: (seconds: number) => `Te veel aanmeldpogingen. Probeer het over ${inAWhile(seconds)} opnieuw.`,
  writes: (seconds: number) =>
    `Te veel wijzigingen kort na elkaar. Probeer het over ${inAWhile(seconds)} opnieuw.`,
  other: (seconds: number) => `Te veel verzoeken. Probeer het over ${inAWhile(seconds)} opnieuw.`,
};

/** A procedure call over its rate limit: 429, with how long to wait as Retry-After and in the error's data. */
export class Throttled extends TRPCError {
  constructor(readonly retryAfterSeconds: number) {
    super({ code: 'TOO_MANY_REQUESTS', message: throttledMessages.writes(retryAfterSeconds) });
  }
}

/** The Retry-After of a tRPC answer: the longest wait among its throttled calls, if any. */
export function retryAfterOf(errors: readonly unknown[]): number | undefined {
  const waits = errors.flatMap((error) => (error instanceof Throttled ? [error.retryAfterSeconds] : []));
  return waits.length > 0 ? Math.max(...waits) : undefined;
}
