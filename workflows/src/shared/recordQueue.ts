import { condition } from '@temporalio/workflow';

/** What every record event carries: a unique id for idempotency and the workflow time of the change. */
export interface Stamp {
  eventId: string;
  at: string;
}

/**
 * Hands a process's changes to the record in order and in batches: one activity per batch rather than one per
 * change keeps history small. Each event's id is the workflow id and a sequence number carried across
 * continue-as-new, so a retried activity writes nothing twice.
 */
export class RecordQueue<Body extends object, Event extends Body & Stamp> {
  private pending: Event[] = [];
  private inFlight = false;

  constructor(
    private readonly processId: string,
    private readonly send: (batch: Event[]) => Promise<void>,
    private readonly stamp: (body: Body, stamp: Stamp) => Event,
    private sequence: number,
    carried: Event[] = [],
  ) {
    this.pending.push(...carried);
  }

  get lastSequence(): number {
    return this.sequence;
  }

  /** Events not yet sent, for the next run to send when the workflow continues as new. */
  get unsent(): Event[] {
    return [...this.pending];
  }

  get idle(): boolean {
    return this.pending.length === 0 && !this.inFlight;
  }

  push(body: Body): void {
    this.sequence += 1;
    this.pending.push(
      this.stamp(body, { eventId: `${this.processId}#${this.sequence}`, at: new Date().toISOString() }),
    );
  }

  /** Sends batches until `finished` holds and nothing is left to send. */
  async run(finished: () => boolean): Promise<void> {
    for (;;) {
      await condition(() => this.pending.length > 0 || finished());
      if (this.pending.length === 0) return;
      const batch = this.pending.splice(0, 200);
      this.inFlight = true;
      await this.send(batch);
      this.inFlight = false;
    }
  }
}
