import type { Locator } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startBrowserSystem, type BrowserSystem } from './support/system.js';

const leader = 'anna.projectleider';

/** The text the field's own description and error point at (its `aria-describedby`): what is shown beside it. */
async function besideField(field: Locator): Promise<string> {
  const ids = (await field.getAttribute('aria-describedby'))?.split(' ') ?? [];
  const texts = await Promise.all(ids.map((id) => field.page().locator(`[id="${id}"]`).textContent()));
  return texts.join(' ');
}

describe('the control panel warns of personal data beside a free-text field as it is typed, in Chromium', () => {
  let system: BrowserSystem;

  beforeAll(async () => {
    system = await startBrowserSystem({ parts: { programmes: ['browser-privacy'] } });
  });

  afterEach(async (context) => {
    if (context.task.result?.state === 'fail')
      await system?.screenshotOpenPages(context.task.name.slice(0, 40));
  });

  afterAll(async () => {
    await system?.stop();
  });

  it('says a date of birth is one before anything is sent, and stops saying so once it is gone', async () => {
    const page = await system.pageAs(leader);
    await page.goto(`${system.panelUrl}/cycles/new`);
    await expect.poll(() => page.getByRole('heading', { name: 'Nieuwe leercyclus' }).isVisible()).toBe(true);
    const title = page.getByRole('textbox', { name: 'Titel' });

    await title.fill('Voorjaar, start 12 maart');
    expect(await besideField(title)).not.toMatch(/persoonsgegevens/);

    await title.fill('Cyclus rond het kind van 12-03-2015');
    await expect
      .poll(() => besideField(title))
      .toContain('Dit lijkt een geboortedatum; noteer geen persoonsgegevens');
    expect(await title.getAttribute('aria-invalid')).toBe('true');
    await system.screenshot(page, 'personal-data-warning');

    await title.fill('Cyclus rond Kerkstraat 12');
    await expect
      .poll(() => besideField(title))
      .toContain('Dit lijkt een adres; noteer geen persoonsgegevens');

    await title.fill('Voorjaar, start 12 maart');
    await expect.poll(() => besideField(title)).not.toMatch(/persoonsgegevens/);
    expect(system.pageErrors).toEqual([]);
  });
});
