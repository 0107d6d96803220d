import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { pdfText } from '@leercyclus/reports/testing';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startBrowserSystem, type BrowserSystem } from './support/system.js';

/** The demo loads into an empty installation, by its administrator. */
const administrator = 'frank.beheer';
const demoTitle = 'Proeftuin samenspel in de wijk — cyclus 1';

describe('the demo programme on an empty system, in Chromium', () => {
  let system: BrowserSystem;
  /** A second tab that saw the empty dashboard before the demo was loaded in the first. */
  let staleTab: Page;

  beforeAll(async () => {
    system = await startBrowserSystem();
  });

  afterEach(async (context) => {
    if (context.task.result?.state === 'fail')
      await system?.screenshotOpenPages(context.task.name.slice(0, 40));
  });

  afterAll(async () => {
    await system?.stop();
  });

  const demoCard = (page: Page) => page.getByRole('region', { name: 'Nog geen programma of leercyclus' });

  it('loads the demo from the empty dashboard, which then shows the running cycle and the overdue checkpoint', async () => {
    staleTab = await system.pageAs(administrator);
    await staleTab.goto(`${system.panelUrl}/`);
    await expect.poll(() => demoCard(staleTab).isVisible()).toBe(true);

    const page = await system.pageAs(administrator);
    await page.goto(`${system.panelUrl}/`);
    const card = demoCard(page);
    await expect.poll(() => card.isVisible()).toBe(true);
    await expect.poll(() => page.getByText('Er loopt op dit moment geen leercyclus.').isVisible()).toBe(true);
    await system.screenshot(page, 'demo-empty-dashboard');

    await card.getByRole('button', { name: 'Demoprogramma laden' }).click();
    await expect.poll(() => card.getByRole('status').isVisible()).toBe(true);

    // No reload: the card waits for the record and refreshes the dashboard itself.
    const running = page.getByRole('region', { name: 'Lopende leercycli' });
    await expect
      .poll(() => running.getByRole('link', { name: demoTitle }).isVisible(), { timeout: 60_000 })
      .toBe(true);
    const overdue = page.getByRole('region', { name: 'Te late evaluatiemomenten' });
    await expect.poll(() => overdue.getByRole('link', { name: 'Tussenevaluatie' }).isVisible()).toBe(true);
    await expect.poll(() => card.count()).toBe(0);
    // How to sign in as the demo's people: they were in the record already, so each keeps their password.
    const signIns = page.getByRole('table', { name: /Wie in het demoprogramma welke rol heeft/ });
    await expect
      .poll(() => signIns.getByRole('row', { name: /Anna de Vries/ }).innerText())
      .toMatch(/projectleider \(Programma proeftuin-demo\).*eigen wachtwoord/s);
    await expect.poll(() => page.getByText(/^Demoprogramma geladen: \d+ leersessies/).isVisible()).toBe(true);
    await system.screenshot(page, 'demo-loaded-dashboard');

    await running.getByRole('link', { name: demoTitle }).click();
    await page.waitForURL(/\/cycles\/proeftuin-demo\/1/);
    await expect.poll(() => page.getByRole('heading', { name: demoTitle }).isVisible()).toBe(true);
    await system.screenshot(page, 'demo-cycle');
    expect(system.pageErrors).toEqual([]);
  });

  it('says in words why a second load is refused', async () => {
    await demoCard(staleTab).getByRole('button', { name: 'Demoprogramma laden' }).click();
    const alert = staleTab.getByRole('alert').filter({ hasText: 'Het demoprogramma is niet geladen' });
    await expect
      .poll(() => alert.innerText())
      .toContain('Er staat al een programma of leercyclus in het systeem');
    // The offer itself goes; the dashboard behind it now shows what the system holds.
    await expect.poll(() => demoCard(staleTab).count()).toBe(0);
    await expect
      .poll(() => staleTab.getByRole('link', { name: demoTitle }).isVisible(), { timeout: 30_000 })
      .toBe(true);
    await system.screenshot(staleTab, 'demo-refused');
    expect(await system.as(administrator).programmes.list.query()).toHaveLength(1);
    expect(system.pageErrors).toEqual([]);
  });

  it('lets the project leader download the cycle report and an export, and open the print view', async () => {
    const page = await system.pageAs('anna.projectleider');
    await page.goto(`${system.panelUrl}/cycles/proeftuin-demo/1`);
    await expect
      .poll(() => page.getByRole('heading', { name: demoTitle }).isVisible(), { timeout: 30_000 })
      .toBe(true);
    const held = (
      await system.as('anna.projectleider').cycles.get.query({ programmeId: 'proeftuin-demo', number: 1 })
    ).occurrences.filter((o) => o.status === 'held').length;

    const menu = page.getByRole('button', { name: 'Rapport downloaden' });
    await menu.click();
    const [pdf] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('menuitem', { name: 'Rapport als pdf' }).click(),
    ]);
    expect(pdf.suggestedFilename()).toBe('rapport-proeftuin-demo-cyclus-1.pdf');
    const { text } = pdfText(await readFile(await pdf.path()));
    expect(text).toContain('Rapportage leercyclus 1');
    expect(text).toMatch(new RegExp(`Gehouden bijeenkomsten\\s+${held}\\b`));

    await menu.click();
    const [xlsx] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('menuitem', { name: 'Bijeenkomsten en aanwezigheid (XLSX)' }).click(),
    ]);
    expect(xlsx.suggestedFilename()).toBe('bijeenkomsten-proeftuin-demo-cyclus-1.xlsx');
    expect((await readFile(await xlsx.path())).subarray(0, 2).toString()).toBe('PK');

    await menu.click();
    await page.getByRole('menuitem', { name: 'Afdrukweergave' }).click();
    await page.waitForURL(/\/rapport\/proeftuin-demo\/1$/);
    await expect
      // The report is put together on the server first: a few seconds on a busy machine.
      .poll(() => page.getByRole('heading', { name: '2. Bijeenkomsten en aanwezigheid' }).isVisible(), {
        timeout: 30_000,
      })
      .toBe(true);
    await expect
      .poll(() =>
        page
          .getByRole('row', { name: /Gehouden bijeenkomsten/ })
          .first()
          .innerText(),
      )
      .toMatch(new RegExp(`${held}$`));
    await expect
      .poll(() => page.getByRole('img', { name: 'Aanwezigheid per stadsdeel' }).isVisible())
      .toBe(true);
    await system.screenshot(page, 'report-print-view');
    expect(system.pageErrors).toEqual([]);
  });
});
