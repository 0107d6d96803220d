import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { addDays, dateInZone } from '@leercyclus/domain';
import { reloadUntil } from './support/reloadUntil.js';
import { startBrowserSystem, type BrowserSystem } from './support/system.js';

const leader = 'anna.projectleider';
const coordinator = 'bram.coordinator';
const monitor = 'chris.monitor';
const programmeId = 'browser-gezonde-relaties';
const title = 'Leergemeenschap Gezonde Relaties — cyclus 1';
const ref = { programmeId, number: 1 };

describe('the control panel: overview, overdue checkpoints and analytics, in Chromium', () => {
  let system: BrowserSystem;
  const today = dateInZone(new Date(), 'Europe/Amsterdam');

  beforeAll(async () => {
    system = await startBrowserSystem({ parts: { programmes: [programmeId] } });
    // A cycle registered five weeks after its start, with a checkpoint due a week ago: overdue at once.
    await system.as(leader).cycles.launch.mutate({
      requestId: 'browser-overdue-launch-1',
      programmeId,
      number: 1,
      title,
      startsOn: addDays(today, -35),
      districts: [
        { name: 'West', weekday: 'thursday', startTime: '13:30', durationMinutes: 120 },
        { name: 'Zuid', weekday: 'tuesday', startTime: '13:00', durationMinutes: 120 },
      ],
      checkpoints: [
        { title: 'Tussenevaluatie', owner: coordinator, dueOn: addDays(today, -7), dueTime: '17:00' },
      ],
    });
    const questions = [
      { text: 'Wanneer is een melding bij Veilig Thuis nodig?', category: 'safety', level: 'practice' },
      { text: 'Hoe houden we het veiligheidsplan actueel?', category: 'safety', level: 'team' },
      { text: 'Wat mogen we van school verwachten?', category: 'education', level: 'system' },
    ] as const;
    for (const question of questions) {
      await system.as(monitor).cycles.addQuestion.mutate({
        ...ref,
        ...question,
        raisedIn: 'learningSession',
        district: 'West',
      });
    }
  });

  afterEach(async (context) => {
    if (context.task.result?.state === 'fail')
      await system?.screenshotOpenPages(context.task.name.slice(0, 40));
  });

  afterAll(async () => {
    await system?.stop();
  });

  it('lists the overdue checkpoint for the coordinator, who reminds its owner', async () => {
    const page = await system.pageAs(coordinator);
    await page.goto(`${system.panelUrl}/checkpoints/overdue`);
    const row = page.locator('tr', { hasText: 'Tussenevaluatie' });
    // The record takes the cycle's first batch an event at a time: its checkpoint is listed as soon as it is
    // in the record, and shows the reminder the cadence sent once the next event of that batch is in too.
    await reloadUntil(page, () => row.getByText('1 herinnering', { exact: true }).isVisible());
    await expect.poll(() => row.getByText(title).isVisible()).toBe(true);
    await expect.poll(() => row.getByText('Bram Jansen').isVisible()).toBe(true);
    const [listed] = await system.as(coordinator).checkpoints.overdue.query({});
    expect(listed!.daysOverdue).toBeGreaterThanOrEqual(6);
    await expect.poll(() => row.getByText(`${listed!.daysOverdue} dagen`).isVisible()).toBe(true);
    // Launched after the deadline: the cadence sent one reminder already (awaited above).
    expect(await row.count()).toBe(1);

    await row
      .getByRole('button', { name: 'Herinnering sturen voor Tussenevaluatie aan Bram Jansen' })
      .click();
    await expect
      .poll(() =>
        page.getByText(/^Herinnering aan Bram Jansen voor ‘Tussenevaluatie’ vastgelegd/).isVisible(),
      )
      .toBe(true);
    // The list reads the record, which takes the reminder a moment after the workflow sent it; the e-mail goes
    // with the next minute's delivery, and only once the mail server took it does the list say sent.
    await reloadUntil(page, () => row.getByText('2 herinneringen', { exact: true }).isVisible());
    await reloadUntil(page, () => row.getByText(/^e-mail verzonden op /).isVisible(), 90_000);
    await system.screenshot(page, 'overdue-list-reminded');

    const cycle = await system.as(coordinator).cycles.get.query(ref);
    expect(cycle.checkpoints[0]!.remindersSent.map((reminder) => [reminder.kind, reminder.sentBy])).toEqual([
      ['overdue', null],
      ['manual', coordinator],
    ]);
    expect(system.pageErrors).toEqual([]);
  });

  it('shows the running cycle, the coming week and the overdue checkpoint on the overview, in both languages', async () => {
    const page = await system.pageAs(leader);
    await page.goto(`${system.panelUrl}/`);
    const running = page.getByRole('region', { name: 'Lopende leercycli' });
    await reloadUntil(page, () => running.getByRole('link', { name: title }).isVisible());
    const week = page.getByRole('region', { name: 'Bijeenkomsten in de komende zeven dagen' });
    // West meets on Thursdays and Zuid on Tuesdays: the coming seven days hold both.
    await expect.poll(() => week.getByRole('row').count()).toBeGreaterThanOrEqual(3);
    const overdue = page.getByRole('region', { name: 'Te late evaluatiemomenten' });
    await expect.poll(() => overdue.getByRole('link', { name: 'Tussenevaluatie' }).isVisible()).toBe(true);
    await system.screenshot(page, 'overview');

    await page.getByLabel('Taal').selectOption('en');
    await expect.poll(() => page.getByRole('heading', { name: 'Overview', level: 2 }).isVisible()).toBe(true);
    await expect.poll(() => page.getByRole('region', { name: 'Overdue checkpoints' }).isVisible()).toBe(true);
    await system.screenshot(page, 'overview-english');
    await page.getByLabel('Language').selectOption('nl');

    await overdue.getByRole('link', { name: 'Tussenevaluatie' }).click();
    await page.waitForURL(/\/cycles\/browser-gezonde-relaties\/1\?tab=checkpoints$/);
    const checkpoint = page.locator('li', { hasText: 'Tussenevaluatie' });
    await expect.poll(() => checkpoint.getByText('te laat').isVisible()).toBe(true);
    await system.screenshot(page, 'cycle-checkpoints');
    expect(system.pageErrors).toEqual([]);
  });

  it('draws the learning questions per category per cycle', async () => {
    const page = await system.pageAs(leader);
    await page.goto(`${system.panelUrl}/analytics?programme=${programmeId}`);
    const table = page.getByRole('table', { name: /Aantal leervragen per categorie/ });
    await reloadUntil(page, async () => (await table.getByRole('row', { name: /Veiligheid/ }).count()) === 1);
    await expect.poll(() => table.getByRole('row', { name: /Veiligheid/ }).innerText()).toMatch(/2$/);
    await expect.poll(() => table.getByRole('row', { name: /Onderwijs/ }).innerText()).toMatch(/1$/);
    await expect.poll(() => page.locator('.recharts-bar-rectangle').count()).toBeGreaterThanOrEqual(2);
    await system.screenshot(page, 'analytics');
    expect(system.pageErrors).toEqual([]);
  });
});
