import { projectRoot } from '@leercyclus/toolchain';
import { workspaceFindings } from './findings.js';
import { readWorkspaces } from './workspaces.js';

const workspaces = readWorkspaces(projectRoot);
const findings = workspaceFindings(workspaces);
if (findings.length > 0) {
  console.error(`workspaces: ${findings.length} problems\n${findings.map((line) => `  ${line}`).join('\n')}`);
  process.exit(1);
}
console.log(
  `workspaces: ${workspaces.length} packages, one version range per dependency, every imported package declared`,
);
