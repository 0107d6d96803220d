import { mkdirSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startSystem, type RunningSystem, type SystemOptions } from '@leercyclus/harness';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { expect, inject } from 'vitest';

const artifacts = fileURLToPath(new URL('../../.artifacts/', import.meta.url));
const screenshotFolder = join(artifacts, 'screenshots');
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** The localStorage key of the development sign-in (apps/web/src/session/storage.ts). */
const userKey = 'leercyclus.devUser';
const languageKey = 'leercyclus.language';

/** The whole system (tools/harness) with the control panel, and Chromium on it. */
export interface BrowserSystem extends RunningSystem {
  /** A fresh tab in Dutch, signed in as nobody yet; its uncaught errors are collected. */
  newPage(): Promise<Page>;
  /** A fresh tab signed in as a development user, in Dutch; its uncaught errors are collected. */
  pageAs(userId: string): Promise<Page>;
  /** Uncaught errors of every page so far (a React crash, a failed import). */
  pageErrors: string[];
  screenshot(page: Page, name: string): Promise<string>;
  /** Screenshots of every open tab, for a test that failed (`failed-<name>-<n>.png`). */
  screenshotOpenPages(name: string): Promise<void>;
  /** Closes Chromium first (no tab polls the API any more), then stops the system. */
  stop(): Promise<void>;
}

function launchChromium(userDataDir: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(userDataDir, {
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
}

/**
 * The system as production runs it, for a browser test file: the Temporal dev server, the record, the worker
 * (on the bundle the global setup built) and the API serving the built control panel, each a process of its
 * own, with their output in `tests/.artifacts/systems/<test file>/system.log`; and Debian's Chromium with a
 * fresh profile.
 */
export async function startBrowserSystem(
  options: Pick<SystemOptions, 'auth' | 'apiEnv'> = {},
): Promise<BrowserSystem> {
  const testFile = basename(expect.getState().testPath ?? 'browser', '.test.ts');
  const system = await startSystem({
    ...options,
    dataDir: join(artifacts, 'systems', testFile),
    workflowBundlePath: inject('workflowBundlePath'),
    panel: true,
  });
  let context: BrowserContext | undefined;
  const userDataDir = await mkdtemp(join(tmpdir(), 'leercyclus-chromium-'));
  const stop = async () => {
    try {
      await context?.close();
      await rm(userDataDir, { recursive: true, force: true });
    } finally {
      await system.stop();
    }
  };
  try {
    context = await launchChromium(userDataDir);
  } catch (error) {
    await stop();
    throw error;
  }
  const browser = context;

  const pageErrors: string[] = [];
  mkdirSync(screenshotFolder, { recursive: true });
  /** A tab whose init script runs before the page's own scripts, on every load, as a user's choices would. */
  const tabWith = async (initScript: string) => {
    const page = await browser.newPage();
    page.on('pageerror', (error) => pageErrors.push(`${page.url()}: ${error.message}`));
    await page.addInitScript({
      content: `${initScript}\nlocalStorage.setItem(${JSON.stringify(languageKey)}, 'nl');`,
    });
    return page;
  };
  return {
    ...system,
    pageErrors,
    newPage: () => tabWith(''),
    pageAs: (userId) =>
      tabWith(`localStorage.setItem(${JSON.stringify(userKey)}, ${JSON.stringify(userId)});`),
    async screenshot(page, name) {
      const path = join(screenshotFolder, `${name}.png`);
      // A full-page shot of a scrolled page draws the fixed header in the middle: shoot from the top.
      await page.evaluate('window.scrollTo(0, 0)');
      await page.screenshot({ path, fullPage: true });
      return path;
    },
    async screenshotOpenPages(name) {
      const pages = browser.pages().filter((page) => page.url().startsWith(system.panelUrl));
      for (const [index, page] of pages.entries()) {
        await page
          .screenshot({ path: join(screenshotFolder, `failed-${name}-${index + 1}.png`), fullPage: true })
          .catch(() => undefined);
      }
    },
    stop,
  };
}
