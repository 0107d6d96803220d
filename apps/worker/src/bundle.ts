import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleWorkflowCode, type BundleOptions, type Logger } from '@temporalio/worker';

/**
 * The workflow bundle's entry file, in the workflows package. Only this Node-side bundler names it: the
 * package itself holds nothing but code that runs inside the bundle. (The SDK's webpack config maps the ESM
 * `./x.js` imports to the `x.ts` files itself.)
 */
export const workflowsPath = fileURLToPath(new URL('../../../workflows/src/workflows.ts', import.meta.url));

/**
 * Production mode: webpack drops the modules whose exports nobody uses (packages declare `sideEffects: false`)
 * and concatenates the rest, so a new workflow evaluates a handful of modules instead of ninety. Unminified,
 * so that a workflow task's stack trace in the Temporal UI keeps its names; minifying saved no memory.
 */
const productionMode: NonNullable<BundleOptions['webpackConfigHook']> = (config) => ({
  ...config,
  mode: 'production',
  optimization: { ...config.optimization, minimize: false },
});

/**
 * How the workflow code is bundled, whether prebuilt (`writeWorkflowBundle`) or by a worker itself. No
 * `preloadModules`: the SDK freezes shared modules, and zod defines its schemas' methods lazily on first use,
 * so a preloaded domain fails its first parse ("object is not extensible").
 */
export const bundlerOptions = {
  webpackConfigHook: productionMode,
} satisfies Pick<BundleOptions, 'webpackConfigHook'>;

/**
 * Bundles the workflow code into a file a worker loads with `workflowBundle.codePath`; returns its size.
 * Workflow interceptor modules can be bundled along (the replay tests' observer).
 */
export async function writeWorkflowBundle(
  path: string,
  logger?: Logger,
  workflowInterceptorModules: string[] = [],
): Promise<number> {
  const { code } = await bundleWorkflowCode({
    workflowsPath,
    workflowInterceptorModules,
    ...bundlerOptions,
    ...(logger ? { logger } : {}),
  });
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, code);
  return code.length;
}
