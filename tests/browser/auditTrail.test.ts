import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { failureOf } from '../support/api.js';
import { launchInput } from '../support/launches.js';
import { reloadUntil } from './support/reloadUntil.js';
import { startBrowserSystem, type BrowserSystem } from './support/system.js';

const leader = 'anna.projectleider';
const monitor = 'chris.monitor';
const participant = 'eva.deelnemer';
/** Dana is the installation's data-protection officer here. */
const officer = 'dana.management';
const programme = 'browser-audit';

/** The audit trail's table on the page. */
const trail = (page: Page) => page.getByRole('table', { name: 'De audittrail, nieuwste eerst' });

describe('the Audit page of the data-protection officer, in Chromium', () => {
  let system: BrowserSystem;

  beforeAll(async () => {
    system = await startBrowserSystem({ parts: { programmes: [programme] } });
    await system.grant([
      { personId: officer, scope: 'installation', scopeId: 'installation', role: 'dataProtectionOfficer' },
    ]);
    await system.as(leader).cycles.launch.mutate(launchInput(new Date(), { programmeId: programme }));
    // Chris reads the cycle's page; Eva asks for the case figures, which are not hers to see.
    await system.as(monitor).cycles.get.query({ programmeId: programme, number: 1 });
    const refused = await failureOf(system.as(participant).cases.stats.query({ programmeId: programme }));
    expect(refused.data?.code).toBe('FORBIDDEN');
  });

  afterEach(async (context) => {
    if (context.task.result?.state === 'fail')
      await system?.screenshotOpenPages(context.task.name.slice(0, 40));
  });

  afterAll(async () => {
    await system?.stop();
  });

  it('shows who read the cycle and who was refused, and filters by person and action', async () => {
    const page = await system.pageAs(officer);
    await page.goto(`${system.panelUrl}/`);
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Audit' }).click();
    await page.getByRole('heading', { name: 'Audit' }).waitFor();
    await reloadUntil(
      page,
      async () => (await trail(page).getByRole('row').filter({ hasText: 'cycles.get' }).count()) > 0,
    );
    const read = trail(page).getByRole('row').filter({ hasText: 'cycles.get' }).first();
    await expect.poll(() => read.innerText()).toMatch(/Chris Bakker/);
    expect(await read.innerText()).toMatch(/reflexieve monitor · Programma browser-audit/);
    expect(await read.innerText()).toMatch(/inzien/i);
    expect(await read.innerText()).toMatch(/cycle\/browser-audit\/1/);
    expect(await read.innerText()).toMatch(/token:[0-9a-f]{16}/);

    await page.getByLabel('Persoon').selectOption({ label: 'Eva Smit' });
    await page.getByLabel('Handeling').selectOption({ label: 'geweigerd' });
    await page.getByRole('button', { name: 'Tonen' }).click();
    const rows = trail(page).getByRole('row').filter({ hasNotText: 'Wanneer' });
    await expect.poll(() => rows.count()).toBe(1);
    expect(await rows.first().innerText()).toMatch(/Eva Smit[\s\S]*geweigerd[\s\S]*cases\.stats/i);

    await page.getByLabel('Persoon').selectOption({ label: 'Chris Bakker' });
    await page.getByLabel('Handeling').selectOption({ label: 'inzien' });
    await page.getByRole('button', { name: 'Tonen' }).click();
    await expect.poll(async () => (await rows.allInnerTexts()).join('\n')).toMatch(/cycles\.get/);
    for (const text of await rows.allInnerTexts()) {
      expect(text).toMatch(/Chris Bakker/);
      expect(text).not.toMatch(/geweigerd/i);
    }
    expect(system.pageErrors).toEqual([]);
  });

  it('exports what the search finds as a CSV file, and notes the export', async () => {
    const page = await system.pageAs(officer);
    await page.goto(`${system.panelUrl}/audit`);
    await page.getByLabel('Persoon').selectOption({ label: 'Chris Bakker' });
    await page.getByRole('button', { name: 'Tonen' }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Exporteren (CSV)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^audit-trail-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = readFileSync(await download.path(), 'utf8');
    expect(csv.split('\r\n')[0]).toMatch(/^\uFEFFid;at;actor;actor_name;on_behalf_of;operation;action/);
    expect(csv).toMatch(/chris\.monitor;Chris Bakker;monitor@programme:browser-audit;read;cycles\.get/);
    expect(csv).not.toMatch(/eva\.deelnemer/);

    await page.getByLabel('Persoon').selectOption({ label: 'Dana Visser' });
    await page.getByLabel('Handeling').selectOption({ label: 'exporteren' });
    await page.getByRole('button', { name: 'Tonen' }).click();
    await expect
      .poll(async () => (await trail(page).getByRole('row').allInnerTexts()).join('\n'))
      .toMatch(/Dana Visser[\s\S]*exporteren[\s\S]*audit\.export/i);
  });

  it('is not there for anyone else', async () => {
    const page = await system.pageAs(monitor);
    await page.goto(`${system.panelUrl}/audit`);
    await page.getByText('Alleen de functionaris gegevensbescherming ziet de audittrail.').waitFor();
    expect(
      await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Audit' }).count(),
    ).toBe(0);
  });
});
