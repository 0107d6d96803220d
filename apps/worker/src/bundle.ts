import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleWorkflowCode, type BundleOptions, type Logger } from '@temporalio/worker';

/**
 * The workflow bundle's entry file, in the workflows package. Only this Node-side bundler names it: the
 * package itself holds nothing but code that runs inside the bundle.
 */
export const workflowsPath = fileURLToPath(new URL('../../../workflows/src/workflows.ts', import.meta.url));

/**
 * ESM sources import `./x.js` while the file on disk is `x.ts`. The SDK's own webpack config has mapped that
 * suffix itself (`resolve.extensionAlias`) since 2023; this hook only sets the same alias again.
 */
export const webpackConfigHook: NonNullable<BundleOptions['webpackConfigHook']> = (config) => ({
  ...config,
  resolve: { ...config.resolve, extensionAlias: { '.js': ['.ts', '.js'] } },
});

/** Bundles the workflow code into a file a worker loads with `workflowBundle.codePath`; returns its size. */
export async function writeWorkflowBundle(path: string, logger?: Logger): Promise<number> {
  const { code } = await bundleWorkflowCode({
    workflowsPath,
    webpackConfigHook,
    ...(logger ? { logger } : {}),
  });
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, code);
  return code.length;
}
