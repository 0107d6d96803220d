import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { findTemporalBinary } from '@leercyclus/toolchain';
import { writeWorkflowBundle } from '@leercyclus/worker';

declare module 'vitest' {
  export interface ProvidedContext {
    workflowBundlePath: string;
    temporalCliPath: string;
    temporalTestServerPath: string;
  }
}

/** Bundles the workflow code once for every suite, and finds (or installs) the Temporal binaries once. */
export default async function setup(project: TestProject): Promise<void> {
  const folder = fileURLToPath(new URL('../.artifacts/', import.meta.url));
  mkdirSync(folder, { recursive: true });
  const bundlePath = `${folder}workflow-bundle.js`;
  await writeWorkflowBundle(bundlePath);
  project.provide('workflowBundlePath', bundlePath);
  project.provide('temporalCliPath', findTemporalBinary('cli').path);
  project.provide('temporalTestServerPath', findTemporalBinary('testServer').path);
}
