import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { isBuiltin } from 'node:module';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';

/** A package of the monorepo (or the root itself): what it declares and what its source files import. */
export interface Workspace {
  name: string;
  /** Its folder relative to the root; '' for the root. */
  folder: string;
  /** Every dependency it declares, of any kind, with its version range. */
  declared: Record<string, string>;
  /** The packages its files import, each with the files (relative to the root) that import it. */
  imports: Map<string, string[]>;
  /** Relative imports that leave the workspace's folder (`file: specifier`): another package's insides. */
  outside: string[];
}

interface PackageJson {
  name?: string;
  workspaces?: string[];
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
}

const sourceFile = /\.(?:[cm]?[jt]s|[jt]sx)$/;
/** Folders that hold no source of the workspace: installed, built, generated or ignored. */
const skipped = new Set(['node_modules', 'dist', 'coverage', 'bench-results']);

function readPackage(folder: string): PackageJson {
  return JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')) as PackageJson;
}

/** The workspace folders the root's `workspaces` field names (`dir` or `dir/*`), relative to the root. */
function workspaceFolders(root: string, patterns: string[]): string[] {
  return patterns.flatMap((pattern) => {
    if (!pattern.endsWith('/*')) return [pattern];
    const parent = pattern.slice(0, -2);
    return readdirSync(join(root, parent), { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && existsSync(join(root, parent, entry.name, 'package.json')))
      .map((entry) => `${parent}/${entry.name}`);
  });
}

/** The package a bare import specifier names (`@scope/name/sub` → `@scope/name`), or null for any other. */
export function packageOf(specifier: string): string | null {
  const bare = specifier.split('?')[0]!;
  if (bare.startsWith('.') || bare.startsWith('/') || bare.includes(':') || isBuiltin(bare)) return null;
  const parts = bare.split('/');
  return bare.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
}

/** Every module a file imports: static and dynamic imports, re-exports, require() and type references. */
function specifiersOf(text: string): string[] {
  const { importedFiles, typeReferenceDirectives } = ts.preProcessFile(text, true, true);
  return [...importedFiles, ...typeReferenceDirectives].map((reference) => reference.fileName);
}

interface Scan {
  root: string;
  /** The workspace's own folder, absolute. */
  home: string;
  /** The other workspaces' folders: inside the root's, but not its own. */
  nested: Set<string>;
  imports: Map<string, string[]>;
  outside: string[];
}

function isOwn(scan: Scan, path: string): boolean {
  const within = (folder: string) => path === folder || path.startsWith(folder + sep);
  return within(scan.home) && ![...scan.nested].some(within);
}

function collectImports(scan: Scan, folder: string): void {
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) {
      if (entry.name.startsWith('.') || skipped.has(entry.name) || scan.nested.has(path)) continue;
      collectImports(scan, path);
      continue;
    }
    if (!sourceFile.test(entry.name)) continue;
    const file = relative(scan.root, path);
    for (const specifier of specifiersOf(readFileSync(path, 'utf8'))) {
      const name = packageOf(specifier);
      if (name !== null) scan.imports.set(name, [...(scan.imports.get(name) ?? []), file]);
      else if (specifier.startsWith('.') && !isOwn(scan, resolve(dirname(path), specifier)))
        scan.outside.push(`${file}: ${specifier}`);
    }
  }
}

/** The root and every workspace it names, each with its declarations and its files' imports. */
export function readWorkspaces(root: string): Workspace[] {
  const rootPackage = readPackage(root);
  const folders = ['', ...workspaceFolders(root, rootPackage.workspaces ?? [])];
  const absolute = new Set(folders.filter((folder) => folder !== '').map((folder) => resolve(root, folder)));
  return folders.map((folder) => {
    const manifest = readPackage(join(root, folder));
    const home = resolve(root, folder);
    const nested = new Set([...absolute].filter((other) => other !== home));
    const scan: Scan = { root, home, nested, imports: new Map(), outside: [] };
    collectImports(scan, home);
    return {
      name: manifest.name ?? folder,
      folder,
      declared: {
        ...manifest.optionalDependencies,
        ...manifest.peerDependencies,
        ...manifest.devDependencies,
        ...manifest.dependencies,
      },
      imports: scan.imports,
      outside: scan.outside,
    };
  });
}
