import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { parseFeed } from '@leercyclus/calendar/testing';
import { eventually } from '../support/api.js';
import { launchInput } from '../support/launches.js';
import { startBrowserSystem, type BrowserSystem } from './support/system.js';

const leader = 'anna.projectleider';
const participant = 'eva.deelnemer';
const programmeId = 'browser-agenda';
const title = 'Agenda in de browser — cyclus 1';

describe('subscribing a calendar in the control panel, in Chromium', () => {
  let system: BrowserSystem;

  beforeAll(async () => {
    system = await startBrowserSystem({ parts: { programmes: [programmeId] } });
    await system
      .as(leader)
      .cycles.launch.mutate(launchInput(new Date(), { requestId: 'browser-agenda-1', programmeId, title }));
    await eventually(
      () => system.as(leader).cycles.list.query(),
      (cycles) => cycles.length === 1,
      30_000,
    );
  });

  afterEach(async (context) => {
    if (context.task.result?.state === 'fail')
      await system?.screenshotOpenPages(context.task.name.slice(0, 40));
  });

  afterAll(async () => {
    await system?.stop();
  });

  it('makes an address once, that a calendar reads her sessions from, and revokes it', async () => {
    const page = await system.pageAs(participant);
    await page.goto(`${system.panelUrl}/`);
    await page.getByRole('button', { name: 'Account: Eva Smit' }).click();
    await page.getByRole('menuitem', { name: 'Mijn agenda' }).click();
    await page.getByRole('heading', { name: 'Agenda abonneren' }).waitFor();
    await page.getByRole('button', { name: 'Agenda-adres maken' }).click();
    const url = (await page.getByTestId('new-feed-url').textContent())!.trim();
    expect(url).toMatch(new RegExp(`^${system.panelUrl}/ical/lcal_[A-Za-z0-9_-]{43}\\.ics$`));
    expect(await page.getByRole('link', { name: /Openen in je agenda-app/ }).getAttribute('href')).toBe(
      url.replace(/^http:/, 'webcal:'),
    );
    await page.getByRole('button', { name: 'Google Agenda' }).click();
    await page.getByText(/Andere agenda's → \+ → Via URL/).waitFor();

    const feed = parseFeed(await (await fetch(url)).text());
    expect(feed.name).toBe('Leercyclus — Eva Smit');
    expect(feed.events.some((e) => e.summary === `Leersessie West — ${title}`)).toBe(true);

    const rows = page.getByRole('table', { name: 'Jouw agenda-adressen' }).getByRole('row');
    await expect.poll(() => rows.count()).toBe(2);
    await page.getByRole('button', { name: /^Agenda-adres van .* intrekken$/ }).click();
    await page.getByText('Ingetrokken', { exact: true }).waitFor();
    expect(await page.getByTestId('new-feed-url').count()).toBe(0);
    expect((await fetch(url)).status).toBe(404);
    await system.screenshot(page, 'calendars-mine');
    expect(system.pageErrors).toEqual([]);
  });

  it('offers a cycle’s calendar on its calendar tab', async () => {
    const page = await system.pageAs(participant);
    await page.goto(`${system.panelUrl}/cycles/${programmeId}/1?tab=calendar`);
    await page.getByRole('heading', { name: 'Agenda abonneren' }).waitFor();
    await page.getByRole('button', { name: 'Agenda-adres maken' }).click();
    const url = (await page.getByTestId('new-feed-url').textContent())!.trim();
    const feed = parseFeed(await (await fetch(url)).text());
    expect(feed.name).toBe(`Leercyclus — ${title}`);
    expect(feed.events.some((e) => e.summary.startsWith('Deadline: Gezamenlijke evaluatie'))).toBe(true);
    expect(system.pageErrors).toEqual([]);
  });
});
