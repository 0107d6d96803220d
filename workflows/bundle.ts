import { fileURLToPath } from 'node:url';
import { bundleWorkflowCode, type BundleOptions, type WorkflowBundleWithSourceMap } from '@temporalio/worker';

/** The workflow bundle's entry file. */
export const workflowsPath = fileURLToPath(new URL('./src/workflows.ts', import.meta.url));

/**
 * ESM sources import `./x.js` while the file on disk is `x.ts`; webpack needs an extension alias for that
 * (an open issue of the Temporal TypeScript SDK).
 */
export const webpackConfigHook: NonNullable<BundleOptions['webpackConfigHook']> = (config) => ({
  ...config,
  resolve: { ...config.resolve, extensionAlias: { '.js': ['.ts', '.js'] } },
});

export function bundleWorkflows(): Promise<WorkflowBundleWithSourceMap> {
  return bundleWorkflowCode({ workflowsPath, webpackConfigHook });
}
