import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { addDays, dateInZone } from '@leercyclus/domain';
import { launchInput } from '../support/launches.js';
import { startBrowserSystem, type BrowserSystem } from './support/system.js';

const leader = 'anna.projectleider';
const monitor = 'chris.monitor';
const programmeId = 'browser-acties';
const ref = { programmeId, number: 1 };
const today = () => dateInZone(new Date(), 'Europe/Amsterdam');

describe('the control panel: actions on a learning question and their effect, in Chromium', () => {
  let system: BrowserSystem;

  beforeAll(async () => {
    system = await startBrowserSystem({ parts: { programmes: [programmeId] } });
    await system.as(leader).cycles.launch.mutate(
      launchInput(new Date(), {
        requestId: 'browser-actions-launch-1',
        ...ref,
        title: 'Proeftuin samenspel — acties',
        startsOn: addDays(today(), -63),
      }),
    );
    await system.as(monitor).cycles.addQuestion.mutate({
      ...ref,
      text: 'Hoe krijgen we school eerder aan tafel?',
      raisedIn: 'learningSession',
      level: 'team',
      category: 'education',
    });
    // Tried seven weeks ago and never looked at since: past the programme's six weeks.
    await system.as(monitor).cycles.addQuestionAction.mutate({
      ...ref,
      questionNumber: 1,
      text: 'De intern begeleider schuift aan bij de leersessie',
      takenBy: monitor,
      startsOn: addDays(today(), -49),
    });
  });

  afterEach(async (context) => {
    if (context.task.result?.state === 'fail')
      await system?.screenshotOpenPages(context.task.name.slice(0, 40));
  });

  afterAll(async () => {
    await system?.stop();
  });

  it('flags an action without effect after six weeks, and takes a new action and an effect from the agenda', async () => {
    const page = await system.pageAs(monitor);
    await page.goto(`${system.panelUrl}/cycles/${programmeId}/1?tab=agenda`);
    const question = page.locator('li[data-question="1"]');
    const first = question.locator('li[data-action="1"]');
    await expect.poll(() => first.getByText('Effect bespreken').isVisible()).toBe(true);
    await expect.poll(() => page.getByText('1 actie wacht op een effect').isVisible()).toBe(true);

    await question.getByRole('button', { name: 'Actie toevoegen bij vraag 1' }).click();
    const addDialog = page.getByRole('dialog', { name: 'Actie bij vraag 1' });
    await addDialog
      .getByRole('textbox', { name: 'Wat wordt geprobeerd' })
      .fill('Een vast aanspreekpunt per school');
    await system.screenshot(page, 'question-action-add');
    await addDialog.getByRole('button', { name: 'Actie vastleggen' }).click();
    await expect.poll(() => page.getByText('De actie bij vraag 1 is vastgelegd.').isVisible()).toBe(true);
    await expect
      .poll(() =>
        question.locator('li[data-action="2"]').getByText('Een vast aanspreekpunt per school').isVisible(),
      )
      .toBe(true);
    await expect.poll(() => page.getByText(/2 acties/).isVisible()).toBe(true);

    await first.getByRole('button', { name: 'Effect vastleggen van actie 1 bij vraag 1' }).click();
    const effectDialog = page.getByRole('dialog', { name: 'Effect van actie 1 bij vraag 1' });
    await effectDialog
      .getByRole('textbox', { name: 'Wat is er gezien' })
      .fill('School belt nu zelf het wijkteam');
    await effectDialog.getByRole('combobox', { name: 'Heeft het geholpen?' }).selectOption('partly');
    await effectDialog.getByRole('button', { name: 'Effect vastleggen' }).click();
    await expect.poll(() => page.getByText('Het effect is vastgelegd.').isVisible()).toBe(true);
    await expect.poll(() => first.getByText('School belt nu zelf het wijkteam').isVisible()).toBe(true);
    await expect.poll(() => first.getByText('Deels', { exact: true }).isVisible()).toBe(true);
    expect(await first.getByText('Effect bespreken').count()).toBe(0);
    await system.screenshot(page, 'question-action-effect');

    const cycle = await system.as(monitor).cycles.get.query(ref);
    expect(cycle.questions[0]!.actions).toEqual([
      expect.objectContaining({
        number: 1,
        effects: [expect.objectContaining({ helped: 'partly', judgedBy: monitor, observedOn: today() })],
      }),
      expect.objectContaining({ number: 2, takenBy: monitor, startsOn: today(), effects: [] }),
    ]);
    expect(system.pageErrors).toEqual([]);
    await page.close();
  });
});
