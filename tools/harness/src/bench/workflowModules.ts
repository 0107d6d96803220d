import { readFileSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { createContext, runInContext, runInNewContext } from 'node:vm';
import { round } from '../system/stats.js';

export interface WorkflowModuleCost {
  bundleKiB: number;
  /** Module cache entries a new workflow fills (concatenated modules count once). */
  modulesPerWorkflow: number;
  heapKiBPerWorkflow: number;
  cpuMsPerWorkflow: number;
}

interface WorkflowContext {
  __TEMPORAL_ACTIVATOR__?: { moduleCache: Map<PropertyKey, unknown> };
}

setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;
const heapUsed = (): number => {
  collectGarbage();
  return process.memoryUsage().heapUsed;
};

/**
 * What loading the workflow code costs each new workflow, apart from running it: the bundle evaluated once in
 * a V8 context, then `workflows` workflows importing the workflow modules into a module cache of their own,
 * through the cache the SDK's reusable context puts in place (modules loaded before any workflow are shared,
 * the rest belong to the workflow loading them). The caches are kept, as the worker's cache keeps them.
 */
export function workflowModuleCost(bundlePath: string, workflows = 200): WorkflowModuleCost {
  const code = readFileSync(bundlePath, 'utf8');
  const shared = new Map<PropertyKey, unknown>();
  const context: WorkflowContext = createContext({});
  const moduleCache = new Proxy(
    {},
    {
      get: (_, key) => shared.get(key) ?? context.__TEMPORAL_ACTIVATOR__?.moduleCache.get(key),
      set: (_, key, value) => {
        (context.__TEMPORAL_ACTIVATOR__?.moduleCache ?? shared).set(key, value);
        return true;
      },
    },
  );
  Object.defineProperty(context, '__webpack_module_cache__', { value: moduleCache });
  runInContext(code, context);
  const caches: Map<PropertyKey, unknown>[] = [];
  const heapBefore = heapUsed();
  const cpuBefore = process.cpuUsage();
  for (let i = 0; i < workflows; i += 1) {
    const cache = new Map<PropertyKey, unknown>();
    context.__TEMPORAL_ACTIVATOR__ = { moduleCache: cache };
    runInContext('__TEMPORAL__.importWorkflows()', context);
    caches.push(cache);
  }
  const cpu = process.cpuUsage(cpuBefore);
  const heap = heapUsed() - heapBefore;
  return {
    bundleKiB: round(code.length / 1024, 0),
    modulesPerWorkflow: caches[0]?.size ?? 0,
    heapKiBPerWorkflow: round(heap / 1024 / workflows, 0),
    cpuMsPerWorkflow: round((cpu.user + cpu.system) / 1000 / workflows, 2),
  };
}
