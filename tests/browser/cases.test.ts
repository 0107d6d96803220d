import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startBrowserSystem, type BrowserSystem } from './support/system.js';

const leader = 'anna.projectleider';
const monitor = 'chris.monitor';
const programmeId = 'browser-casussen';

describe('the control panel: registering and closing a case, in Chromium', () => {
  let system: BrowserSystem;

  beforeAll(async () => {
    system = await startBrowserSystem({ parts: { programmes: [programmeId] } });
    await system.as(leader).programmes.create.mutate({
      id: programmeId,
      name: 'Proeftuin casussen',
      projectLeader: leader,
      districts: ['West', 'Zuid'],
      managementTable: 'mt-jeugd',
    });
  });

  afterEach(async (context) => {
    if (context.task.result?.state === 'fail')
      await system?.screenshotOpenPages(context.task.name.slice(0, 40));
  });

  afterAll(async () => {
    await system?.stop();
  });

  it('registers a case with its counterfactual, then closes it with what was done instead', async () => {
    const page = await system.pageAs(monitor);
    await page.goto(`${system.panelUrl}/casussen`);
    // The first page of a fresh system loads the panel's code, names and programmes: give it time on a busy machine.
    await expect
      .poll(() => page.getByText('Geen casussen die aan de keuze voldoen.').isVisible(), { timeout: 30_000 })
      .toBe(true);

    await page.getByRole('button', { name: 'Casus registreren' }).click();
    const dialog = page.getByRole('dialog', { name: 'Casus registreren' });
    await dialog.getByRole('textbox', { name: 'Casuscode' }).fill('Z-2026-001');
    await dialog.getByLabel('Stadsdeel').selectOption('Zuid');
    await dialog.getByLabel('Leeftijdsgroep').selectOption({ label: '12-15 jaar' });
    await dialog.getByRole('textbox', { name: "Thema's" }).click();
    await page.getByRole('option', { name: 'School' }).click();
    await page.keyboard.press('Escape');
    await dialog.getByRole('textbox', { name: 'Ingebracht door (organisatie)' }).fill('SWT Zuid');
    await dialog.getByRole('textbox', { name: 'Rol van de inbrenger' }).fill('gezinscoach');
    await dialog
      .getByLabel('Wat zonder het programma was ingezet')
      .selectOption({ label: 'Jeugd-ggz (± € 8.000)' });
    await dialog.getByRole('button', { name: 'Registreren' }).click();

    const row = page.locator('tr[data-case="Z-2026-001"]');
    await expect
      .poll(() => row.getByText('Jeugd-ggz (± € 8.000)').isVisible(), { timeout: 15_000 })
      .toBe(true);
    await expect.poll(() => row.getByText('12-15 jaar').isVisible()).toBe(true);
    await system.screenshot(page, 'cases-registered');

    await row.getByRole('button', { name: 'Casus Z-2026-001 afsluiten' }).click();
    const closing = page.getByRole('dialog', { name: 'Casus Z-2026-001 afsluiten' });
    await closing.getByRole('textbox', { name: 'Wat is er in plaats daarvan gedaan' }).click();
    await page.getByRole('option', { name: 'Ouders betalen zelf' }).click();
    await page.getByRole('option', { name: 'Verwijzing door huisarts' }).click();
    await page.keyboard.press('Escape');
    await closing.getByRole('button', { name: 'Afsluiten' }).click();
    await expect
      .poll(() => row.getByText('Afgesloten: Doelen bereikt').isVisible(), { timeout: 15_000 })
      .toBe(true);
    await expect
      .poll(() => row.getByText('Ouders betalen zelf, Verwijzing door huisarts').isVisible())
      .toBe(true);

    // Filtered to open cases, the closed one is gone from the list.
    await page.getByLabel('Status').selectOption('open');
    await expect
      .poll(() => page.getByText('Geen casussen die aan de keuze voldoen.').isVisible(), { timeout: 15_000 })
      .toBe(true);

    const [record] = await system.as(monitor).cases.list.query({ programmeId });
    expect(record).toMatchObject({
      code: 'Z-2026-001',
      district: 'Zuid',
      ageGroup: '12-15',
      themes: ['school'],
      counterfactual: { care: 'youthMentalHealthCare', amountEur: 8000 },
      doneInstead: ['parentsPayThemselves', 'gpReferral'],
      status: 'closed',
    });
    expect(system.pageErrors).toEqual([]);
  });
});
