import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { bundleWorkflows } from '../bundle.js';

/** Writes the prebuilt workflow bundle that production workers load with `workflowBundle.codePath`. */
const target = fileURLToPath(new URL('../dist/workflow-bundle.js', import.meta.url));
mkdirSync(fileURLToPath(new URL('../dist/', import.meta.url)), { recursive: true });
const { code } = await bundleWorkflows();
writeFileSync(target, code);
console.log(`workflow bundle written to ${target} (${Math.round(code.length / 1024)} KiB)`);
