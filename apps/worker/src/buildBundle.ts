import { fileURLToPath } from 'node:url';
import { writeWorkflowBundle } from './bundle.js';

/** Writes the prebuilt workflow bundle that production workers load with `workflowBundle.codePath`. */
const target = fileURLToPath(new URL('../dist/workflow-bundle.js', import.meta.url));
const size = await writeWorkflowBundle(target);
console.log(`workflow bundle written to ${target} (${Math.round(size / 1024)} KiB)`);
