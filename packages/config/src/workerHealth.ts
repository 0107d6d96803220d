import { portFromEnv } from './ports.js';

/**
 * Where the worker answers `/healthz` and `/readyz`: WORKER_HEALTH_PORT (unset: no health endpoint) on
 * WORKER_HEALTH_HOST (this machine only by default; `0.0.0.0` for an orchestrator's probes from outside).
 */
export function workerHealthListen(
  env: NodeJS.ProcessEnv = process.env,
): { port: number; host: string } | undefined {
  if (!env.WORKER_HEALTH_PORT) return undefined;
  return { port: portFromEnv('WORKER_HEALTH_PORT', 0, env), host: env.WORKER_HEALTH_HOST || '127.0.0.1' };
}
