import { getHeapStatistics } from 'node:v8';

/**
 * Memory per cached workflow (RSS growth ÷ cached workflows), rounded up from what `npm run bench` measures
 * (docs/benchmarks.md): about 2.5 MiB since the narrow domain entry and the production-mode bundle, 4 MiB
 * before. The SDK's own default assumes about 1.7 MB and would run the heap out of memory.
 */
export const perCachedWorkflowMiB = 3;

/**
 * The workflow cache a heap of this size holds: 60 % of it, leaving the rest for activities, replays and
 * garbage not yet collected.
 */
export function cachedWorkflowsFor(heapMiB: number): number {
  return Math.max(20, Math.floor((heapMiB * 0.6) / perCachedWorkflowMiB));
}

/** The cache this process's heap limit (`--max-old-space-size`, or V8's own choice) holds. */
export function defaultMaxCachedWorkflows(): number {
  return cachedWorkflowsFor(getHeapStatistics().heap_size_limit / 2 ** 20);
}
