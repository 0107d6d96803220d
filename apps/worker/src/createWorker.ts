import type { DataConverter } from '@temporalio/common';
import { Worker, type NativeConnection, type WorkerOptions } from '@temporalio/worker';
import {
  taskQueue,
  type MailActivities,
  type RecordActivities,
  type RetentionActivities,
  type RoutingActivities,
} from '@leercyclus/workflows';
import { bundlerOptions, workflowsPath } from './bundle.js';

export interface LeercyclusWorkerOptions {
  connection: NativeConnection;
  namespace: string;
  /** Encrypts what the worker hands Temporal and decrypts what it gets (`dataConverter` of @leercyclus/codec). */
  dataConverter: DataConverter;
  /** A prebuilt bundle (production, tests); without it the worker bundles the workflow sources itself. */
  workflowBundle?: { code: string } | { codePath: string };
  taskQueue?: string;
  /**
   * The activities workflows call: the record's writers and its retention purge (packages/db), the routing
   * between processes, and sending e-mail (packages/mail).
   */
  activities: RecordActivities & RetentionActivities & RoutingActivities & MailActivities;
  /** Bounds the sticky cache; `cachedWorkflowsFor` sizes it from the heap (cacheSize.ts). */
  maxCachedWorkflows?: number;
  /**
   * On shutdown, how long running activities may go on before they are cancelled; 5 s later the worker stops
   * regardless (`run()` then rejects). Without it, the SDK's defaults: cancelled at once, waited for as long as
   * they take.
   */
  shutdownGraceMs?: number;
}

/** What a cancelled activity gets to stop before the worker gives up on it. */
const cancelledActivityMs = 5_000;

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
    dataConverter: options.dataConverter,
    ...workflows,
    activities: options.activities,
    ...(options.maxCachedWorkflows !== undefined ? { maxCachedWorkflows: options.maxCachedWorkflows } : {}),
    ...(options.shutdownGraceMs !== undefined
      ? {
          shutdownGraceTime: options.shutdownGraceMs,
          shutdownForceTime: options.shutdownGraceMs + cancelledActivityMs,
        }
      : {}),
  });
}
