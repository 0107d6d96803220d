import { wholeNumberFromEnv } from './wholeNumber.js';

/**
 * How long a process stopping on SIGTERM or SIGINT waits for what it is doing (the API its calls, the worker its
 * activities) before it exits anyway: SHUTDOWN_GRACE_SECONDS, 25 by default, within the 30 seconds an orchestrator
 * such as Kubernetes gives before it kills. In milliseconds.
 */
export function shutdownGraceMs(env: NodeJS.ProcessEnv = process.env): number {
  return wholeNumberFromEnv('SHUTDOWN_GRACE_SECONDS', 25, env, { min: 1 }) * 1000;
}
