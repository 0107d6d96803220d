import type { RecordFailure } from '@leercyclus/domain/workflow';
import type { AppliedUpdate } from './appliedUpdates.js';
import { escalationQueue, type OutgoingEscalation } from './escalationQueue.js';
import type { Process } from './process.js';
import { ProcessIndexer } from './processSearchAttributes.js';
import { RecordQueue, type Stamp } from './recordQueue.js';
import type { ProcessStatus } from '../messages/searchAttributes.js';

/** What a cycle or a group carries into its next run besides its state. */
export interface CarriedQueues<Event> {
  recordSequence: number;
  unrecorded: Event[];
  escalationSequence: number;
  unsentEscalations: OutgoingEscalation[];
  appliedUpdates?: AppliedUpdate[];
}

/** The part of a process's state its search attributes show. */
export interface IndexedState {
  status: ProcessStatus;
  nextEventAt: string | null;
  overdueCheckpoints: number;
  recordFailures?: RecordFailure[];
}

/**
 * What cycles and groups share around their state: the queue of changes to the record and the queue of
 * escalations to the tables, carried across runs; the refusals the record sends back, kept on the state; and
 * the process's own row in the record and its search attributes, written once per real change.
 */
export class ProcessRecord<Body extends object, Event extends Body & Stamp> {
  readonly record: RecordQueue<Body, Event>;
  readonly escalations;
  private readonly index = new ProcessIndexer();
  private lastHeader = '';

  constructor(
    process: Process,
    private readonly state: IndexedState,
    send: (batch: Event[]) => Promise<unknown>,
    stamp: (body: Body, stamp: Stamp) => Event,
    carried: CarriedQueues<Event> | undefined,
  ) {
    const refused = (failure: RecordFailure) => {
      (state.recordFailures ??= []).push(failure);
      this.reindex();
    };
    const queued = carried && { sequence: carried.recordSequence, unsent: carried.unrecorded };
    this.record = process.drains(new RecordQueue(process.eventPrefix, send, stamp, queued, refused));
    const escalating = carried && { sequence: carried.escalationSequence, unsent: carried.unsentEscalations };
    this.escalations = process.drains(escalationQueue(process.eventPrefix, escalating, refused));
  }

  /** Records the process's own row when it changed, as the body `asEvent` makes of it. */
  header<H>(header: H, asEvent: (header: H) => Body): void {
    const serialized = JSON.stringify(header);
    if (serialized === this.lastHeader) return;
    this.lastHeader = serialized;
    this.record.push(asEvent(header));
    this.reindex();
  }

  carry(appliedUpdates: AppliedUpdate[]): CarriedQueues<Event> {
    const record = this.record.carry;
    const escalations = this.escalations.carry;
    return {
      recordSequence: record.sequence,
      unrecorded: record.unsent,
      escalationSequence: escalations.sequence,
      unsentEscalations: escalations.unsent,
      appliedUpdates,
    };
  }

  private reindex(): void {
    const { status, nextEventAt, overdueCheckpoints } = this.state;
    const recordFailures = this.state.recordFailures?.length ?? 0;
    this.index.update({ status, nextEventAt, overdueCheckpoints, recordFailures });
  }
}
