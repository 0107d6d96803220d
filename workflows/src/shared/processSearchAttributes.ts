import type { SearchAttributeUpdatePair } from '@temporalio/common';
import { upsertSearchAttributes } from '@temporalio/workflow';
import { searchAttributes, type ProcessStatus } from '../messages/searchAttributes.js';

export interface ProcessIndex {
  status: ProcessStatus;
  nextEventAt: string | null;
  overdueCheckpoints: number;
  /** Only ever set once it is above zero, so processes without failures upsert what they always did. */
  recordFailures: number;
}

/**
 * Keeps a process's search attributes current, upserting only what changed so history holds one event per real
 * change rather than one per loop turn.
 */
export class ProcessIndexer {
  private last: ProcessIndex | undefined;

  update(next: ProcessIndex): void {
    const pairs: SearchAttributeUpdatePair[] = [];
    const last = this.last;
    if (last?.status !== next.status) pairs.push({ key: searchAttributes.processStatus, value: next.status });
    if (last?.nextEventAt !== next.nextEventAt) {
      pairs.push({
        key: searchAttributes.nextEventAt,
        value: next.nextEventAt === null ? null : new Date(next.nextEventAt),
      });
    }
    if (last?.overdueCheckpoints !== next.overdueCheckpoints) {
      pairs.push({ key: searchAttributes.overdueCheckpoints, value: next.overdueCheckpoints });
    }
    if ((last?.recordFailures ?? 0) !== next.recordFailures) {
      pairs.push({ key: searchAttributes.recordFailures, value: next.recordFailures });
    }
    if (pairs.length > 0) upsertSearchAttributes(pairs);
    this.last = { ...next };
  }
}
