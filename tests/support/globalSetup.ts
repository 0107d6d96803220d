import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { findTemporalBinary } from '@leercyclus/toolchain';
import { writeWorkflowBundle } from '@leercyclus/worker';

declare module 'vitest' {
  export interface ProvidedContext {
    workflowBundlePath: string;
    /** The same workflow code with the replay tests' observer of scheduled activities. */
    replayBundlePath: string;
    temporalCliPath: string;
    temporalTestServerPath: string;
  }
}

/** Bundles the workflow code once for every suite, and finds (or installs) the Temporal binaries once. */
export default async function setup(project: TestProject): Promise<void> {
  const folder = fileURLToPath(new URL('../.artifacts/', import.meta.url));
  mkdirSync(folder, { recursive: true });
  const bundlePath = `${folder}workflow-bundle.js`;
  const replayBundlePath = `${folder}replay-bundle.js`;
  const observer = fileURLToPath(new URL('../replay/scheduledActivities.ts', import.meta.url));
  await writeWorkflowBundle(bundlePath);
  await writeWorkflowBundle(replayBundlePath, undefined, [observer]);
  project.provide('workflowBundlePath', bundlePath);
  project.provide('replayBundlePath', replayBundlePath);
  project.provide('temporalCliPath', findTemporalBinary('cli').path);
  project.provide('temporalTestServerPath', findTemporalBinary('testServer').path);
}
