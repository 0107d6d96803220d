export { createLeercyclusWorker, type LeercyclusWorkerOptions } from './createWorker.js';
export { createRoutingActivities } from './activities/routing.js';
export { workerActivities, type MailDependencies } from './activities/index.js';
export { writeWorkflowBundle } from './bundle.js';
export { cachedWorkflowsFor, perCachedWorkflowMiB } from './cacheSize.js';
export { serveWorkerHealth, type WorkerHealth } from './health.js';
export { ensureRetentionSchedule } from './retentionSchedule.js';
export { ensureMailDelivery, ensureMailPlanning } from './mailDelivery.js';
