import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from '@temporalio/worker';
import { describe, expect, inject, it } from 'vitest';

const folder = fileURLToPath(new URL('../histories/', import.meta.url));
const files = readdirSync(folder).filter((file) => file.endsWith('.json'));

describe('recorded histories replay on the current workflow code', () => {
  it('has histories to replay', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it.each(files)('%s replays without a determinism error', async (file) => {
    const history = JSON.parse(readFileSync(`${folder}${file}`, 'utf8')) as unknown;
    await expect(
      Worker.runReplayHistory({ workflowBundle: { codePath: inject('workflowBundlePath') } }, history, file),
    ).resolves.toBeUndefined();
  });
});
