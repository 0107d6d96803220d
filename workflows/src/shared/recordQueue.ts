import { ActivityFailure, ApplicationFailure, condition, log } from '@temporalio/workflow';
import type { RecordFailure } from '@leercyclus/domain/workflow';

/** What every record event carries: a unique id for idempotency and the workflow time of the change. */
export interface Stamp {
  eventId: string;
  at: string;
}

/** A queue's place in its process's chain of runs, handed on when the workflow continues as new. */
export interface QueueCarry<Event> {
  sequence: number;
  unsent: Event[];
}

/** Per event, why the record refused it, as the record activities report it (type InvalidRecordData). */
function refusedEvents(error: unknown, batch: Stamp[]): { eventIds: string[]; reason: string } | undefined {
  if (!(error instanceof ActivityFailure) || !(error.cause instanceof ApplicationFailure)) return undefined;
  if (!error.cause.nonRetryable) return undefined;
  const details = (error.cause.details?.[0] ?? []) as { eventId?: unknown }[];
  const named = Array.isArray(details)
    ? details.flatMap((d) => (typeof d?.eventId === 'string' ? [d.eventId] : []))
    : [];
  return { eventIds: named.length > 0 ? named : batch.map((e) => e.eventId), reason: error.cause.message };
}

/**
 * Hands a process's changes on in order and in batches: one activity per batch rather than one per change keeps
 * history small. Each event's id is the run's prefix (workflow and run id) and a sequence number carried across
 * continue-as-new, so a retried activity writes nothing twice and a relaunched or reset process is never taken
 * for one already recorded. Events are copied when queued: later changes to the state do not reach them.
 */
export class RecordQueue<Body extends object, Event extends Body & Stamp> {
  private pending: Event[];
  private inFlight = false;
  private sequence: number;

  constructor(
    private readonly idPrefix: string,
    private readonly send: (batch: Event[]) => Promise<unknown>,
    private readonly stamp: (body: Body, stamp: Stamp) => Event,
    carried: QueueCarry<Event> | undefined,
    private readonly onRefused: (failure: RecordFailure) => void = () => undefined,
  ) {
    this.sequence = carried?.sequence ?? 0;
    this.pending = [...(carried?.unsent ?? [])];
  }

  get carry(): QueueCarry<Event> {
    return { sequence: this.sequence, unsent: [...this.pending] };
  }

  get idle(): boolean {
    return this.pending.length === 0 && !this.inFlight;
  }

  push(body: Body): void {
    this.sequence += 1;
    const copy = JSON.parse(JSON.stringify(body)) as Body;
    this.pending.push(
      this.stamp(copy, { eventId: `${this.idPrefix}#${this.sequence}`, at: new Date().toISOString() }),
    );
  }

  /** Sends batches until `finished` holds and nothing is left to send. */
  async run(finished: () => boolean): Promise<void> {
    for (;;) {
      await condition(() => this.pending.length > 0 || finished());
      if (this.pending.length === 0) return;
      const batch = this.pending.splice(0, 200);
      this.inFlight = true;
      try {
        await this.send(batch);
      } catch (error) {
        // Transient failures retry for ever inside the activity; what arrives here was refused as invalid data.
        const refused = refusedEvents(error, batch);
        if (!refused) throw error;
        log.error('The record refused events', { eventIds: refused.eventIds, reason: refused.reason });
        this.onRefused({ at: new Date().toISOString(), ...refused });
      } finally {
        this.inFlight = false;
      }
    }
  }
}
