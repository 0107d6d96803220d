import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { workspaceFindings } from './findings.js';
import { readWorkspaces } from './workspaces.js';

const roots: string[] = [];

/** A monorepo in a temporary folder: its files by path, package.json files given as objects. */
function monorepo(files: Record<string, string | object>): string {
  const root = mkdtempSync(join(tmpdir(), 'leercyclus-workspaces-'));
  roots.push(root);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), typeof content === 'string' ? content : JSON.stringify(content));
  }
  return root;
}

afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

const rootPackage = {
  name: 'repo',
  workspaces: ['packages/*', 'tests'],
  devDependencies: { vitest: '^4.1.12' },
};

describe('the workspace check', () => {
  it('passes workspaces that declare what they import, with one range per dependency', () => {
    const root = monorepo({
      'package.json': rootPackage,
      'vitest.config.ts': "import { defineConfig } from 'vitest/config';",
      'packages/a/package.json': { name: '@x/a', dependencies: { zod: '^4.6.7' } },
      'packages/a/src/index.ts': [
        "import { z } from 'zod';",
        "import { readFileSync } from 'node:fs';",
        "import { join } from 'path';",
        "import { helper } from './helper.js';",
        "export { other } from '@x/a/other';",
      ].join('\n'),
      'tests/package.json': { name: '@x/tests', devDependencies: { '@x/a': '*', zod: '^4.6.7' } },
      'tests/a.test.ts':
        "import type { z } from 'zod';\nimport { a } from '@x/a';\nimport { s } from './support/s.js';",
    });
    expect(workspaceFindings(readWorkspaces(root))).toEqual([]);
  });

  it('names a dependency declared with two ranges, and where', () => {
    const root = monorepo({
      'package.json': rootPackage,
      'packages/a/package.json': { name: '@x/a', dependencies: { zod: '^4.6.7' } },
      'packages/b/package.json': { name: '@x/b', dependencies: { zod: '^4.1.12' } },
      'tests/package.json': { name: '@x/tests', devDependencies: { zod: '^4.1.12' } },
    });
    expect(workspaceFindings(readWorkspaces(root))).toEqual([
      'zod is declared with 2 different ranges: ^4.6.7 in @x/a; ^4.1.12 in @x/b, @x/tests',
    ]);
  });

  it('names a package imported without being declared, also by a dynamic import or only for its types', () => {
    const root = monorepo({
      'package.json': rootPackage,
      'packages/a/package.json': { name: '@x/a', dependencies: {} },
      'packages/a/src/db.ts': "import type { Pool } from 'pg';\nconst luxon = await import('luxon');",
      'tests/package.json': { name: '@x/tests' },
      'tests/support/history.ts': "import proto from '@temporalio/proto';",
    });
    expect(workspaceFindings(readWorkspaces(root))).toEqual([
      '@x/a imports pg without declaring it in packages/a/package.json (packages/a/src/db.ts)',
      '@x/a imports luxon without declaring it in packages/a/package.json (packages/a/src/db.ts)',
      '@x/tests imports @temporalio/proto without declaring it in tests/package.json (tests/support/history.ts)',
    ]);
  });

  it("names a relative import into another workspace's folder", () => {
    const root = monorepo({
      'package.json': rootPackage,
      'packages/a/package.json': { name: '@x/a' },
      'packages/a/src/router.ts': 'export const router = {};',
      'packages/b/package.json': { name: '@x/b' },
      'packages/b/src/drill.ts': "import { router } from '../../a/src/router.js';",
      'tests/package.json': { name: '@x/tests' },
    });
    expect(workspaceFindings(readWorkspaces(root))).toEqual([
      '@x/b imports from outside its folder, not through a declared package: packages/b/src/drill.ts: ../../a/src/router.js',
    ]);
  });
});
