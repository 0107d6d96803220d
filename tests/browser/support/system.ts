import { mkdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parts, startSystem, type RunningSystem, type SystemOptions } from '@leercyclus/harness';
import { openDatabase, setPassword } from '@leercyclus/db';
import { developmentPeople } from '@leercyclus/db/testing';
import type { Person } from '@leercyclus/domain';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { expect, inject } from 'vitest';

const artifacts = fileURLToPath(new URL('../../.artifacts/', import.meta.url));
const screenshotFolder = join(artifacts, 'screenshots');
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** The localStorage key of the panel's language (apps/web/src/i18n). */
const languageKey = 'leercyclus.language';

/** The password each of the record's development people signs in with in these tests. */
export function passwordOf(personId: string): string {
  return `${personId}-wachtwoord`;
}

/** One of the record's development people (packages/db/src/testing), by id. */
export function developmentPerson(personId: string): Person {
  const person = developmentPeople.find((candidate) => candidate.id === personId);
  if (!person) throw new Error(`${personId} is none of the development people`);
  return person;
}

/**
 * Signs in on the panel's sign-in page (shown at any address to someone not signed in) with an e-mail address
 * and password, as a person would, and waits for the panel to show them signed in.
 */
export async function signIn(page: Page, person: { name: string; email: string }, password: string) {
  await page.getByLabel('E-mailadres').fill(person.email);
  await page.getByLabel(/^Wachtwoord/).fill(password);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await page.getByRole('button', { name: `Account: ${person.name}` }).waitFor();
}

export interface BrowserSystemOptions extends Pick<SystemOptions, 'apiEnv'> {
  /** How the API signs people in: `local` (the default, with passwords) or `development` (anyone picks anyone). */
  auth?: 'local' | 'development';
  /** The programmes and management tables in which the development people play their usual parts. */
  parts?: Parameters<typeof parts>[0];
}

/** The whole system (tools/harness) with the control panel (in local sign-in by default), and Chromium on it. */
export interface BrowserSystem extends RunningSystem {
  /**
   * A fresh tab of one of the development people, signed in with their password through the sign-in page, in
   * Dutch; each person browses in a context of their own (their own session cookie), shared by their tabs.
   */
  pageAs(personId: string): Promise<Page>;
  /** A tab in a browser context of its own, signed in as nobody yet, in Dutch. */
  newPage(): Promise<Page>;
  /** Uncaught errors of every page so far (a React crash, a failed import). */
  pageErrors: string[];
  /** What the Content-Security-Policy blocked on every page so far (an inline script or style, a foreign host). */
  cspViolations: string[];
  screenshot(page: Page, name: string): Promise<string>;
  /** Screenshots of every open tab, for a test that failed (`failed-<name>-<n>.png`). */
  screenshotOpenPages(name: string): Promise<void>;
  /** Closes Chromium first (no tab polls the API any more), then stops the system. */
  stop(): Promise<void>;
}

/** Gives every development person their test password, through the record as `npm run people -- password` does. */
async function givePasswords(databaseUrl: string): Promise<void> {
  const database = await openDatabase({ databaseUrl });
  try {
    for (const person of developmentPeople) {
      await setPassword(database.db, { userId: 'system' }, person.id, passwordOf(person.id));
    }
  } finally {
    await database.close();
  }
}

function launchChromium(): Promise<Browser> {
  return chromium.launch({
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
  });
}

/**
 * The system as production runs it, for a browser test file: the Temporal dev server, the record, the worker
 * (on the bundle the global setup built) and the API serving the built control panel (local sign-in unless
 * said), each a process of its own, with their output in `tests/.artifacts/systems/<test file>/system.log`; the
 * development people with passwords (Frank administers the installation) and their parts; and Debian's Chromium.
 */
export async function startBrowserSystem(options: BrowserSystemOptions = {}): Promise<BrowserSystem> {
  const testFile = basename(expect.getState().testPath ?? 'browser', '.test.ts');
  const system = await startSystem({
    dataDir: join(artifacts, 'systems', testFile),
    workflowBundlePath: inject('workflowBundlePath'),
    panel: true,
    auth: options.auth ?? 'local',
    apiEnv: options.apiEnv,
  });
  let browser: Browser | undefined;
  const stop = async () => {
    try {
      await browser?.close();
    } finally {
      await system.stop();
    }
  };
  try {
    await givePasswords(system.databaseUrl);
    if (options.parts) await system.grant(parts(options.parts));
    browser = await launchChromium();
  } catch (error) {
    await stop();
    throw error;
  }
  const chromiumBrowser = browser;

  const pageErrors: string[] = [];
  const cspViolations: string[] = [];
  const newContext = async (): Promise<BrowserContext> => {
    const context = await chromiumBrowser.newContext({
      viewport: { width: 1280, height: 900 },
      locale: 'nl-NL',
      timezoneId: 'Europe/Amsterdam',
    });
    // Runs in each page before its own scripts, on every load: the language, as a user picks it (a new tab's
    // about:blank has no storage to set it in).
    await context.addInitScript({
      content: `try { localStorage.setItem(${JSON.stringify(languageKey)}, 'nl'); } catch {}`,
    });
    // Each violation of the Content-Security-Policy, as the page itself is told of it.
    await context.addInitScript({
      content: `document.addEventListener('securitypolicyviolation', (e) => console.error('CSP violation: ' + e.effectiveDirective + ' blocked ' + (e.blockedURI || 'inline')));`,
    });
    context.on('page', (page) => {
      page.on('pageerror', (error) => pageErrors.push(`${page.url()}: ${error.message}`));
      page.on('console', (message) => {
        if (message.type() === 'error' && message.text().startsWith('CSP violation: '))
          cspViolations.push(`${page.url()}: ${message.text()}`);
      });
    });
    return context;
  };
  const contexts = new Map<string, Promise<BrowserContext>>();
  const signedInContext = (personId: string) => {
    const existing = contexts.get(personId);
    if (existing) return existing;
    const context = (async () => {
      const created = await newContext();
      const page = await created.newPage();
      await page.goto(`${system.panelUrl}/`);
      await signIn(page, developmentPerson(personId), passwordOf(personId));
      await page.close();
      return created;
    })();
    contexts.set(personId, context);
    return context;
  };

  mkdirSync(screenshotFolder, { recursive: true });
  return {
    ...system,
    pageErrors,
    cspViolations,
    async pageAs(personId) {
      return (await signedInContext(personId)).newPage();
    },
    async newPage() {
      return (await newContext()).newPage();
    },
    async screenshot(page, name) {
      const path = join(screenshotFolder, `${name}.png`);
      // A full-page shot of a scrolled page draws the fixed header in the middle: shoot from the top.
      await page.evaluate('window.scrollTo(0, 0)');
      await page.screenshot({ path, fullPage: true });
      return path;
    },
    async screenshotOpenPages(name) {
      const pages = chromiumBrowser
        .contexts()
        .flatMap((context) => context.pages())
        .filter((page) => page.url().startsWith(system.panelUrl));
      for (const [index, page] of pages.entries()) {
        await page
          .screenshot({ path: join(screenshotFolder, `failed-${name}-${index + 1}.png`), fullPage: true })
          .catch(() => undefined);
      }
    },
    stop,
  };
}
