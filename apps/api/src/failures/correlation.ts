import { randomBytes } from 'node:crypto';

const ids = new WeakMap<object, string>();

/**
 * The id that ties an internal error's answer to its log line. One error keeps one id however often it is asked
 * for: tRPC logs an error and formats its answer separately.
 */
export function correlationIdOf(error: object): string {
  let id = ids.get(error);
  if (id === undefined) ids.set(error, (id = randomBytes(6).toString('hex')));
  return id;
}

/**
 * What a client is told of an internal error: nothing of the error itself (no SQL, no Temporal text, no stack),
 * only the id under which the log holds all of it.
 */
export function internalErrorMessage(correlationId: string): string {
  return `Er ging iets mis in de server. Meld het de beheerder met kenmerk ${correlationId}.`;
}
