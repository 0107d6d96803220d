import type { WorkflowStartOptions } from '@temporalio/client';
import {
  cycleWorkflowId,
  tableWorkflowId,
  type CycleLaunch,
  type TableConfigInput,
} from '@leercyclus/domain/workflow';
import type { learningCycle } from '../learningCycle/workflow.js';
import { searchAttributes } from './searchAttributes.js';
import { taskQueue } from './taskQueue.js';

/**
 * What a cycle's workflow carries in its memo, read back by the duplicate-request check: ids only, never free
 * text (the memo shows in Temporal's listings; the title is in the record and, encrypted, in the input).
 */
export interface CycleMemo {
  requestId?: string;
  number?: number;
}

/**
 * How a learning cycle is started, wherever it is started from: its id from the domain, a repeated request
 * joining the running workflow rather than starting a second, a number never reused, and the search attributes
 * the lists read.
 */
export function learningCycleStartOptions(
  launch: CycleLaunch,
  requestId: string,
): WorkflowStartOptions<typeof learningCycle> {
  return {
    taskQueue,
    workflowId: cycleWorkflowId(launch.programmeId, launch.number),
    args: [launch],
    workflowIdConflictPolicy: 'USE_EXISTING',
    workflowIdReusePolicy: 'REJECT_DUPLICATE',
    memo: { requestId, number: launch.number } satisfies CycleMemo,
    typedSearchAttributes: [
      { key: searchAttributes.programmeId, value: launch.programmeId },
      { key: searchAttributes.processKind, value: 'learningCycle' },
      { key: searchAttributes.processStatus, value: 'running' },
      { key: searchAttributes.overdueCheckpoints, value: 0 },
      { key: searchAttributes.districts, value: launch.districts.map((d) => d.name) },
    ],
  };
}

/**
 * How a management table is reached: signal-with-start on its id, so the first escalation (or its
 * configuration) creates it and later ones find it running.
 */
export function managementTableStartOptions(config: TableConfigInput) {
  return {
    taskQueue,
    workflowId: tableWorkflowId(config.slug),
    args: [config] as [TableConfigInput],
    typedSearchAttributes: [
      { key: searchAttributes.processKind, value: 'managementTable' },
      { key: searchAttributes.processStatus, value: 'running' },
      { key: searchAttributes.overdueCheckpoints, value: 0 },
    ],
  };
}
