import type { WorkflowStartOptions } from '@temporalio/client';
import type { SearchAttributePair } from '@temporalio/common';
import { groupWorkflowId, type GroupLaunch } from '@leercyclus/domain/workflow';
import type { actionLearningGroup } from '../actionLearningGroup/workflow.js';
import { searchAttributes } from './searchAttributes.js';
import { taskQueue } from './taskQueue.js';

/** What a group's workflow carries in its memo, read back by the duplicate-request check: ids, never its question. */
export interface GroupMemo {
  requestId?: string;
  slug?: string;
}

/**
 * How an action-learning group is started: its id from its slug, a repeated request joining the running
 * workflow rather than starting a second, a slug never reused, and the search attributes lists read.
 */
export function actionLearningGroupStartOptions(
  launch: GroupLaunch,
  requestId: string,
): WorkflowStartOptions<typeof actionLearningGroup> {
  const attributes: SearchAttributePair[] = [
    { key: searchAttributes.processKind, value: 'actionLearningGroup' },
    { key: searchAttributes.processStatus, value: 'running' },
    { key: searchAttributes.overdueCheckpoints, value: 0 },
  ];
  if (launch.programmeId !== null) {
    attributes.push({ key: searchAttributes.programmeId, value: launch.programmeId });
  }
  return {
    taskQueue,
    workflowId: groupWorkflowId(launch.slug),
    args: [launch],
    workflowIdConflictPolicy: 'USE_EXISTING',
    workflowIdReusePolicy: 'REJECT_DUPLICATE',
    memo: { requestId, slug: launch.slug } satisfies GroupMemo,
    typedSearchAttributes: attributes,
  };
}
