import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type RunningApi } from '../support/api.js';
import { devServerEnvironment } from '../support/temporal.js';

const indexHtml = '<!doctype html><html lang="nl"><body><div id="root"></div></body></html>';
const asset = { path: 'assets/index-Cx1y2z3.js', body: 'console.log("panel");' };

// The panel's build is a folder of files to the API: a small stand-in keeps this test about serving it, while
// the browser tests serve the real build.
describe('the API serves the built control panel on its own address', () => {
  let env: TestWorkflowEnvironment;
  let api: RunningApi;
  let panelRoot: string;
  let origin: string;

  beforeAll(async () => {
    panelRoot = await mkdtemp(join(tmpdir(), 'leercyclus-panel-test-'));
    await mkdir(join(panelRoot, 'assets'));
    await writeFile(join(panelRoot, 'index.html'), indexHtml);
    await writeFile(join(panelRoot, asset.path), asset.body);
    env = await devServerEnvironment();
    api = await startApi(env.client, undefined, { panelRoot });
    origin = new URL(api.url).origin;
  });

  afterAll(async () => {
    await api?.server.close();
    await env?.teardown();
    await rm(panelRoot, { recursive: true, force: true });
  });

  it('answers / and a deep link of the panel with its index.html, never to be cached stale', async () => {
    for (const path of ['/', '/cycles/proeftuin/1', '/checkpoints/overdue?tab=all']) {
      const response = await fetch(`${origin}${path}`, { headers: { accept: 'text/html' } });
      expect(response.status, path).toBe(200);
      expect(response.headers.get('content-type'), path).toMatch(/^text\/html/);
      expect(response.headers.get('cache-control'), path).toBe('no-cache');
      expect(await response.text(), path).toBe(indexHtml);
    }
  });

  it('serves an asset by its hashed name, to be cached for good', async () => {
    const response = await fetch(`${origin}/${asset.path}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/javascript/);
    expect(response.headers.get('cache-control')).toContain('immutable');
    expect(await response.text()).toBe(asset.body);
  });

  it('answers a missing asset, an unknown procedure and a POST elsewhere with 404, not the panel', async () => {
    const missing = await fetch(`${origin}/assets/gone-123.js`);
    expect(missing.status).toBe(404);
    for (const path of ['/trpc', '/trpc/', '/trpc/nothing.here', '/trpc/cycles/list']) {
      const response = await fetch(`${origin}${path}`);
      expect(response.status, path).toBe(404);
      expect(await response.text(), path).not.toContain('<div id="root">');
    }
    const post = await fetch(`${origin}/cycles`, { method: 'POST', body: '{}' });
    expect(post.status).toBe(404);
  });

  it('still answers the API under /trpc', async () => {
    const response = await fetch(`${origin}/trpc/health`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { result: { data: { ok: boolean } } };
    expect(body.result.data.ok).toBe(true);
    expect(await api.as().health.query()).toMatchObject({ ok: true, temporal: { reachable: true } });
  });
});
