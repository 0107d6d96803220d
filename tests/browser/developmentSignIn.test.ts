import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchInput } from '../support/launches.js';
import { reloadUntil } from './support/reloadUntil.js';
import { startBrowserSystem, type BrowserSystem } from './support/system.js';

const programmeId = 'browser-ontwikkelmodus';
const title = 'Ontwikkelmodus — cyclus 1';
const banner = 'Ontwikkelmodus: iedereen kan zich als iedereen aanmelden — niet voor echte gegevens';

describe('development sign-in (tests and local demos only), in Chromium', () => {
  let system: BrowserSystem;

  beforeAll(async () => {
    system = await startBrowserSystem({ auth: 'development', parts: { programmes: [programmeId] } });
    await system
      .as('anna.projectleider')
      .cycles.launch.mutate(
        launchInput(new Date(), { requestId: 'development-sign-in', programmeId, title }),
      );
  });

  afterEach(async (context) => {
    if (context.task.result?.state === 'fail')
      await system?.screenshotOpenPages(context.task.name.slice(0, 40));
  });

  afterAll(async () => {
    await system?.stop();
  });

  it('says on every page that anyone can sign in as anyone, and lets one pick a person without a password', async () => {
    const page = await system.newPage();
    await page.goto(`${system.panelUrl}/cycles`);
    await expect.poll(() => page.getByRole('heading', { name: 'Inloggen' }).isVisible()).toBe(true);
    await expect.poll(() => page.getByText(banner).isVisible()).toBe(true);

    await page.getByLabel('Aanmelden als').selectOption({ label: 'Eva Smit' });
    await page.getByRole('button', { name: 'Aanmelden zonder wachtwoord' }).click();
    await expect.poll(() => page.getByRole('button', { name: 'Account: Eva Smit' }).isVisible()).toBe(true);
    const cycle = page.getByRole('link', { name: title });
    await reloadUntil(page, () => cycle.isVisible());
    // Eva takes part: she starts no cycle.
    expect(await page.getByRole('link', { name: 'Nieuwe leercyclus' }).count()).toBe(0);
    await expect.poll(() => page.getByText(banner).isVisible()).toBe(true);
    await system.screenshot(page, 'development-sign-in');

    // The header's picker switches to someone else at once.
    await page.getByLabel('Aangemeld als').selectOption({ label: 'Anna de Vries' });
    await expect
      .poll(() => page.getByRole('button', { name: 'Account: Anna de Vries' }).isVisible())
      .toBe(true);
    await expect.poll(() => page.getByRole('link', { name: 'Nieuwe leercyclus' }).isVisible()).toBe(true);

    await page.getByRole('button', { name: 'Account: Anna de Vries' }).click();
    await page.getByRole('menuitem', { name: 'Afmelden' }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'Inloggen' }).isVisible()).toBe(true);
    await expect.poll(() => page.getByText(banner).isVisible()).toBe(true);
    expect(system.pageErrors).toEqual([]);
    await page.close();
  });
});
