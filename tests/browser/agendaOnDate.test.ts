import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { addDays, dateInZone } from '@leercyclus/domain';
import { eventually } from '../support/api.js';
import { launchInput } from '../support/launches.js';
import { pickDate } from './support/calendar.js';
import { startBrowserSystem, type BrowserSystem } from './support/system.js';

const leader = 'anna.projectleider';
const monitor = 'chris.monitor';
const programmeId = 'browser-agenda-op';
const ref = { programmeId, number: 1 };
const today = () => dateInZone(new Date(), 'Europe/Amsterdam');

describe('the control panel: the agenda on a chosen date and what changed since, in Chromium', () => {
  let system: BrowserSystem;

  beforeAll(async () => {
    system = await startBrowserSystem({ parts: { programmes: [programmeId] } });
    await system.as(leader).cycles.launch.mutate(
      launchInput(new Date(), {
        requestId: 'browser-agenda-on-date-launch-1',
        ...ref,
        title: 'Proeftuin samenspel — agenda op datum',
        startsOn: addDays(today(), -14),
      }),
    );
    for (const text of ['Wie belt school?', 'Wat vraagt de ouder zelf?'])
      await system.as(monitor).cycles.addQuestion.mutate({
        ...ref,
        text,
        raisedIn: 'learningSession',
        level: 'team',
        category: 'education',
      });
    await system.as(monitor).cycles.updateQuestion.mutate({
      ...ref,
      questionNumber: 1,
      text: 'Hoe krijgen we school eerder aan tafel?',
    });
    await system.as(monitor).cycles.updateQuestion.mutate({
      ...ref,
      questionNumber: 2,
      status: 'answered',
      lesson: 'Vraag de ouder eerst wat zij nodig heeft.',
    });
    // The record has every version once the worker has written them.
    await eventually(
      () => system.as(monitor).agenda.onDate.query({ ...ref, date: today() }),
      (agenda) => agenda.questions.some((q) => q.status === 'answered'),
    );
  });

  afterEach(async (context) => {
    if (context.task.result?.state === 'fail')
      await system?.screenshotOpenPages(context.task.name.slice(0, 40));
  });

  afterAll(async () => {
    await system?.stop();
  });

  it('shows the agenda as it stood on a picked day, and what was added and answered until another', async () => {
    const page = await system.pageAs(monitor);
    await page.goto(`${system.panelUrl}/cycles/${programmeId}/1?tab=agenda`);
    const history = page.getByRole('region', { name: 'De agenda op een eerdere datum' });
    await history.getByLabel('Agenda op …').click();
    await pickDate(page, addDays(today(), -1));
    await expect
      .poll(() => history.getByText('Op die datum stond er nog geen vraag op de agenda.').isVisible())
      .toBe(true);

    await history.getByLabel('Vergelijken met …').click();
    await pickDate(page, today());
    const changes = history.getByRole('region', { name: 'Wat er veranderde tussen de twee data' });
    await expect.poll(() => changes.getByText('2 vragen toegevoegd').isVisible()).toBe(true);
    await expect.poll(() => changes.getByText('1 vraag beantwoord').isVisible()).toBe(true);
    await expect
      .poll(() =>
        changes.locator('[data-change="answered"]').getByText('2. Wat vraagt de ouder zelf?').isVisible(),
      )
      .toBe(true);
    expect(await changes.getByText('0 vragen geherformuleerd').isVisible()).toBe(true);
    await system.screenshot(page, 'agenda-on-date-compare');

    // The agenda of today itself: the current wording and the status that day.
    await history.getByLabel('Agenda op …').click();
    await pickDate(page, today());
    const line = history.locator('[data-question-on-date="1"]');
    await expect
      .poll(() => line.getByText('1. Hoe krijgen we school eerder aan tafel?').isVisible())
      .toBe(true);
    await expect
      .poll(() => history.locator('[data-question-on-date="2"]').getByText('beantwoord').isVisible())
      .toBe(true);
    expect(system.pageErrors).toEqual([]);
    await page.close();
  });
});
