export { createLeercyclusWorker, type LeercyclusWorkerOptions } from './createWorker.js';
export { createRoutingActivities } from './activities/routing.js';
