import { execFile } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setTimeout } from 'node:timers/promises';
import { promisify } from 'node:util';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import type { Worker } from '@temporalio/worker';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { startApi, type RunningApi } from '../../support/api.js';
import { testRecord, type TestRecord } from '../../support/record.js';
import { devServerEnvironment, testWorker } from '../../support/temporal.js';

const webRoot = fileURLToPath(new URL('../../../apps/web/', import.meta.url));
const screenshotFolder = fileURLToPath(new URL('../../.artifacts/screenshots/', import.meta.url));
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** The localStorage key of the development sign-in (apps/web/src/session/storage.ts). */
const userKey = 'leercyclus.devUser';
const languageKey = 'leercyclus.language';

export interface RunningSystem {
  env: TestWorkflowEnvironment;
  api: RunningApi;
  /** The control panel's address, e.g. `http://127.0.0.1:41234`: the API's, which serves the built panel. */
  panelUrl: string;
  /** A fresh tab signed in as a development user, in Dutch; its uncaught errors are collected. */
  pageAs(userId: string): Promise<Page>;
  /** Uncaught errors of every page so far (a React crash, a failed import). */
  pageErrors: string[];
  screenshot(page: Page, name: string): Promise<string>;
  /** Screenshots of every open tab, for a test that failed (`failed-<name>-<n>.png`). */
  screenshotOpenPages(name: string): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Builds the control panel with its own Vite config into a temporary folder, in a process of its own (a
 * production build, whatever NODE_ENV the test runner set).
 */
async function buildPanel(outDir: string): Promise<void> {
  const vite = join(
    dirname(createRequire(join(webRoot, 'package.json')).resolve('vite/package.json')),
    'bin/vite.js',
  );
  await promisify(execFile)(
    process.execPath,
    [vite, 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'],
    { cwd: webRoot, env: { ...process.env, NODE_ENV: 'production' } },
  );
}

/**
 * The whole system for a browser test, as production runs it: a Temporal dev server, a worker writing to a
 * fresh record, the API on that record serving the built control panel on its own address, and Debian's
 * Chromium with a fresh profile.
 */
export async function startSystem(): Promise<RunningSystem> {
  const stops: (() => Promise<unknown>)[] = [];
  const stop = async () => {
    for (const step of stops.reverse()) await step().catch(() => undefined);
  };
  try {
    const outDir = await mkdtemp(join(tmpdir(), 'leercyclus-panel-'));
    stops.push(() => rm(outDir, { recursive: true, force: true }));
    const built = buildPanel(outDir);

    const env = await devServerEnvironment();
    stops.push(() => env.teardown());
    const record: TestRecord = await testRecord();
    stops.push(() => record.close());
    const worker: Worker = await testWorker(env, record);
    const running = worker.run();
    stops.push(async () => {
      worker.shutdown();
      await running;
    });
    await built;
    const api = await startApi(env.client, record.db, { panelRoot: outDir });
    stops.push(async () => {
      await api.server.close();
      // A closed tab's last requests may still be querying Temporal in the API: let them finish against a live
      // server, or their client retries outlive the connection the teardown closes ("Channel has been shut down").
      await setTimeout(1000);
    });
    const panelUrl = new URL(api.url).origin;

    const userDataDir = await mkdtemp(join(tmpdir(), 'leercyclus-chromium-'));
    stops.push(() => rm(userDataDir, { recursive: true, force: true }));
    const context: BrowserContext = await chromium.launchPersistentContext(userDataDir, {
      executablePath: chromiumPath,
      headless: true,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],

      viewport: { width: 1280, height: 900 },
      locale: 'nl-NL',
      timezoneId: 'Europe/Amsterdam',
    });
    stops.push(() => context.close());

    const pageErrors: string[] = [];
    mkdirSync(screenshotFolder, { recursive: true });
    return {
      env,
      api,
      panelUrl,
      pageErrors,
      async pageAs(userId) {
        const page = await context.newPage();
        page.on('pageerror', (error) => pageErrors.push(`${page.url()}: ${error.message}`));
        // Runs in the page before its own scripts, on every load: the sign-in and the language, as a user picks them.
        await page.addInitScript({
          content: `localStorage.setItem(${JSON.stringify(userKey)}, ${JSON.stringify(userId)});
            localStorage.setItem(${JSON.stringify(languageKey)}, 'nl');`,
        });
        return page;
      },
      async screenshot(page, name) {
        const path = join(screenshotFolder, `${name}.png`);
        // A full-page shot of a scrolled page draws the fixed header in the middle: shoot from the top.
        await page.evaluate('window.scrollTo(0, 0)');
        await page.screenshot({ path, fullPage: true });
        return path;
      },
      async screenshotOpenPages(name) {
        const pages = context.pages().filter((page) => page.url().startsWith(panelUrl));
        for (const [index, page] of pages.entries()) {
          await page
            .screenshot({ path: join(screenshotFolder, `failed-${name}-${index + 1}.png`), fullPage: true })
            .catch(() => undefined);
        }
      },
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** The accessible name Mantine's calendar gives a day: "5 maart 2026" in Dutch. */
export function dayLabel(isoDate: string): string {
  return new Intl.DateTimeFormat('nl-NL', {
    timeZone: 'UTC',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(new Date(`${isoDate}T12:00:00Z`));
}

/**
 * Picks a date in the open calendar of a date field, moving month by month (back or forth) until the day is
 * shown. The calendar opens at the month of the field's value or its default date.
 */
export async function pickDate(page: Page, isoDate: string): Promise<void> {
  const day = page.getByRole('button', { name: dayLabel(isoDate), exact: true });
  const target = isoDate.slice(0, 7);
  for (let step = 0; step < 24 && !(await day.first().isVisible()); step += 1) {
    // The calendar's header button (named "Kies een maand") shows the month in Dutch, e.g. "maart 2026".
    const header = await page.getByRole('button', { name: 'Kies een maand' }).first().innerText();
    const shown = monthOf(header);
    const direction = shown !== null && shown > target ? 'Vorige maand' : 'Volgende maand';
    await page.getByRole('button', { name: direction }).first().click();
  }
  await day.first().click();
}

const dutchMonths = [
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
];

function monthOf(header: string): string | null {
  const match = /([a-z]+)\s+(\d{4})/i.exec(header.trim());
  if (!match) return null;
  const month = dutchMonths.indexOf(match[1]!.toLowerCase());
  return month === -1 ? null : `${match[2]}-${String(month + 1).padStart(2, '0')}`;
}
