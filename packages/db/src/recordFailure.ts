import { RecordError } from './errors.js';

/**
 * Why a write to the record failed, as far as retrying goes. `invalid`: the data itself is refused (a data
 * exception, SQLSTATE class 22; an integrity violation, class 23; a snapshot the code refuses) and will be
 * refused however often it is sent. `transient`: anything else — the server away, a connection reset, a
 * timeout, a serialization failure or deadlock — which a later attempt can get past.
 */
export type RecordFailureKind = 'invalid' | 'transient';

const invalidSqlStates = /^(22|23)[0-9A-Z]{3}$/;

/** The error and its causes, outermost first: drivers and Drizzle wrap the server's error. */
function* causes(error: unknown): Generator<unknown> {
  for (let current = error, depth = 0; current !== undefined && depth < 10; depth += 1) {
    yield current;
    current = current instanceof Error ? current.cause : undefined;
  }
}

function sqlStateOf(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined;
  return typeof error.code === 'string' ? error.code : undefined;
}

export function recordFailureKind(error: unknown): RecordFailureKind {
  for (const cause of causes(error)) {
    if (cause instanceof RecordError && cause.kind === 'invalid') return 'invalid';
    if (invalidSqlStates.test(sqlStateOf(cause) ?? '')) return 'invalid';
  }
  return 'transient';
}

/** The refusal in a line: the server's own message and SQLSTATE, not Drizzle's wrapper with the query text. */
export function refusalReason(error: unknown): string {
  let innermost: unknown = error;
  for (const cause of causes(error)) innermost = cause;
  const message = innermost instanceof Error ? innermost.message : String(innermost);
  const code = sqlStateOf(innermost);
  return code ? `${message} (SQLSTATE ${code})` : message;
}

/** An event of a batch that the record refused as invalid data. */
export interface RefusedEvent {
  eventId: string;
  reason: string;
}

/** Thrown once a whole batch has been tried, naming each event the record refused. */
export class RefusedEvents extends Error {
  constructor(
    readonly refused: RefusedEvent[],
    readonly applied: number,
  ) {
    super(refused.map((event) => `event ${event.eventId}: ${event.reason}`).join('; '));
    this.name = 'RefusedEvents';
  }
}

/**
 * Applies every event of a batch it can, in order, each on its own (`apply` says whether it was new). An event
 * refused as invalid data is set aside and the rest still go in; the refused ones are thrown together at the
 * end. A transient failure stops the batch at once: the retry finds the events before it applied already.
 */
export async function applyEach<E extends { eventId: string }>(
  events: readonly E[],
  apply: (event: E) => Promise<boolean>,
): Promise<number> {
  let applied = 0;
  const refused: RefusedEvent[] = [];
  for (const event of events) {
    try {
      if (await apply(event)) applied += 1;
    } catch (error) {
      if (recordFailureKind(error) === 'transient') throw error;
      refused.push({ eventId: event.eventId, reason: refusalReason(error) });
    }
  }
  if (refused.length > 0) throw new RefusedEvents(refused, applied);
  return applied;
}
