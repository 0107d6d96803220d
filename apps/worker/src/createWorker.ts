import { Worker, type NativeConnection, type WorkerOptions } from '@temporalio/worker';
import {
  taskQueue,
  type MailActivities,
  type RecordActivities,
  type RoutingActivities,
} from '@leercyclus/workflows';
import { bundlerOptions, workflowsPath } from './bundle.js';

export interface LeercyclusWorkerOptions {
  connection: NativeConnection;
  namespace: string;
  /** A prebuilt bundle (production, tests); without it the worker bundles the workflow sources itself. */
  workflowBundle?: { code: string } | { codePath: string };
  taskQueue?: string;
  /**
   * The activities workflows call: the record's writers (packages/db), the routing between processes, and
   * sending e-mail (packages/mail).
   */
  activities: RecordActivities & RoutingActivities & MailActivities;
  /** Bounds the sticky cache; `cachedWorkflowsFor` sizes it from the heap (cacheSize.ts). */
  maxCachedWorkflows?: number;
}

/** The one place that says what a Leercyclus worker runs, shared by the worker process and the tests. */
export function createLeercyclusWorker(options: LeercyclusWorkerOptions): Promise<Worker> {
  const workflows: Pick<WorkerOptions, 'workflowBundle' | 'workflowsPath' | 'bundlerOptions'> =
    options.workflowBundle !== undefined
      ? { workflowBundle: options.workflowBundle }
      : { workflowsPath, bundlerOptions };
  return Worker.create({
    connection: options.connection,
    namespace: options.namespace,
    taskQueue: options.taskQueue ?? taskQueue,
    ...workflows,
    activities: options.activities,
    ...(options.maxCachedWorkflows !== undefined ? { maxCachedWorkflows: options.maxCachedWorkflows } : {}),
  });
}
