import type { Workspace } from './workspaces.js';

/**
 * What is wrong with the workspaces' declarations: a dependency declared with different version ranges (npm
 * then installs two copies, or one workspace runs against a version it never asked for), and a package
 * imported by a workspace that does not declare it (it works only while another workspace's copy is hoisted),
 * or reached by a relative path into another workspace's folder.
 */
export function workspaceFindings(workspaces: readonly Workspace[]): string[] {
  const findings: string[] = [];
  const ranges = new Map<string, Map<string, string[]>>();
  for (const workspace of workspaces) {
    for (const [dependency, range] of Object.entries(workspace.declared)) {
      const byRange = ranges.get(dependency) ?? new Map<string, string[]>();
      byRange.set(range, [...(byRange.get(range) ?? []), workspace.name]);
      ranges.set(dependency, byRange);
    }
  }
  for (const [dependency, byRange] of [...ranges].sort(([a], [b]) => a.localeCompare(b))) {
    if (byRange.size < 2) continue;
    const where = [...byRange].map(([range, names]) => `${range} in ${names.join(', ')}`).join('; ');
    findings.push(`${dependency} is declared with ${byRange.size} different ranges: ${where}`);
  }
  for (const workspace of workspaces) {
    for (const [dependency, files] of workspace.imports) {
      if (dependency === workspace.name || dependency in workspace.declared) continue;
      const shown = files.slice(0, 3).join(', ') + (files.length > 3 ? `, and ${files.length - 3} more` : '');
      findings.push(
        `${workspace.name} imports ${dependency} without declaring it in ${workspace.folder || '.'}/package.json (${shown})`,
      );
    }
  }
  for (const workspace of workspaces) {
    for (const reach of workspace.outside) {
      findings.push(
        `${workspace.name} imports from outside its folder, not through a declared package: ${reach}`,
      );
    }
  }
  return findings;
}
