import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchInput } from '../support/launches.js';
import { reloadUntil } from './support/reloadUntil.js';
import { startBrowserSystem, type BrowserSystem } from './support/system.js';

const leader = 'anna.projectleider';
const monitor = 'chris.monitor';
const manager = 'dana.management';
const administrator = 'frank.beheer';
const programmeId = 'browser-escalaties';
const table = 'browser-mt-jeugd';
const tableName = 'Managementtafel Jeugd';
const ref = { programmeId, number: 1 };
const questionText = 'Wie beslist over inzet van de flexibele schil zonder verwijzing?';
const answerText = 'De gemeente richt de flexibele schil in met een eigen budget; het wijkteam beslist.';
const sourceText = `Leercyclus ${programmeId} 1, leervraag 1`;

describe('the control panel: management answers an escalation, the cycle shows the answer, in Chromium', () => {
  let system: BrowserSystem;

  beforeAll(async () => {
    system = await startBrowserSystem({ parts: { programmes: [programmeId] } });
    await system.as(administrator).tables.upsert.mutate({ slug: table, name: tableName, members: [manager] });
    await system.as(leader).cycles.launch.mutate(
      launchInput(new Date(), {
        requestId: 'browser-escalations-launch-1',
        ...ref,
        title: 'Proeftuin samenspel — escalaties',
        managementTable: table,
      }),
    );
    await system.as(monitor).cycles.addQuestion.mutate({
      ...ref,
      text: questionText,
      raisedIn: 'programmeTeam',
      level: 'system',
      category: 'collaborationWithPartners',
    });
  });

  afterEach(async (context) => {
    if (context.task.result?.state === 'fail')
      await system?.screenshotOpenPages(context.task.name.slice(0, 40));
  });

  afterAll(async () => {
    await system?.stop();
  });

  it('lets the monitor put a question before the management table from the learning agenda', async () => {
    const page = await system.pageAs(monitor);
    await page.goto(`${system.panelUrl}/cycles/${programmeId}/1?tab=agenda`);
    const question = page.locator('li[data-question="1"]');
    await question.getByRole('button', { name: 'Leervraag 1 agenderen bij de managementtafel' }).click();
    const dialog = page.getByRole('dialog', { name: 'Leervraag 1 agenderen bij de managementtafel' });
    await expect.poll(() => dialog.getByText(`managementtafel ${table}`).isVisible()).toBe(true);
    // Sent without a reason: the form names what is missing before anything goes to the API.
    await dialog.getByRole('button', { name: 'Agenderen' }).click();
    const why = dialog.getByRole('textbox', { name: 'Waarom kan het netwerk dit niet zelf oplossen?' });
    await expect.poll(() => why.getAttribute('aria-invalid')).toBe('true');
    await why.fill('Inkoop en toegang liggen bij de gemeente.');
    await system.screenshot(page, 'escalations-escalate-form');
    await dialog.getByRole('button', { name: 'Agenderen' }).click();
    await expect
      .poll(() => page.getByText('Leervraag 1 staat op de agenda van de managementtafel.').isVisible())
      .toBe(true);
    await expect
      .poll(() => question.getByText('bij managementtafel', { exact: true }).isVisible())
      .toBe(true);
    expect(
      await question.getByRole('button', { name: 'Leervraag 1 agenderen bij de managementtafel' }).count(),
    ).toBe(0);
    const cycle = await system.as(monitor).cycles.get.query(ref);
    expect(cycle.questions[0]).toMatchObject({
      status: 'escalated',
      escalation: { table, why: 'Inkoop en toegang liggen bij de gemeente.', raisedBy: monitor },
    });
    expect(system.pageErrors).toEqual([]);
    await page.close();
  });

  it('shows the open escalation on the overview of a management member', async () => {
    const page = await system.pageAs(manager);
    await page.goto(`${system.panelUrl}/`);
    const region = page.getByRole('region', { name: 'Open escalaties' });
    await reloadUntil(page, () => region.getByRole('link', { name: questionText }).isVisible());
    await expect.poll(() => region.getByRole('link', { name: sourceText }).isVisible()).toBe(true);
    await expect.poll(() => region.getByText('0 dagen open').isVisible()).toBe(true);
    await system.screenshot(page, 'escalations-overview');

    // A monitor cannot read the inbox: no region, no navigation entry.
    const monitorPage = await system.pageAs(monitor);
    await monitorPage.goto(`${system.panelUrl}/`);
    await expect
      .poll(() => monitorPage.getByRole('heading', { name: 'Lopende leercycli' }).isVisible())
      .toBe(true);
    expect(await monitorPage.getByRole('region', { name: 'Open escalaties' }).count()).toBe(0);
    expect(await monitorPage.getByRole('link', { name: 'Escalaties', exact: true }).count()).toBe(0);
    expect(system.pageErrors).toEqual([]);
    await Promise.all([page.close(), monitorPage.close()]);
  });

  it('answers through the inbox form: a refused answer is explained beside its field, the sent one leaves', async () => {
    const page = await system.pageAs(manager);
    await page.goto(`${system.panelUrl}/`);
    await page.getByRole('navigation').getByRole('link', { name: 'Escalaties' }).click();
    await page.waitForURL(/\/escalations$/);
    const inbox = page.getByRole('list', { name: `Open escalaties bij ${tableName}, oudste eerst` });
    const item = inbox.getByRole('listitem').filter({ hasText: questionText });
    await reloadUntil(page, async () => (await item.count()) === 1);
    await expect.poll(() => page.getByLabel('Managementtafel', { exact: true }).inputValue()).toBe(table);
    await expect.poll(() => item.getByRole('link', { name: sourceText }).isVisible()).toBe(true);
    await expect
      .poll(() => item.getByText('Inkoop en toegang liggen bij de gemeente.').isVisible())
      .toBe(true);
    await expect.poll(() => item.getByText('0 dagen open').isVisible()).toBe(true);
    await system.screenshot(page, 'escalations-inbox');

    await item.getByRole('button', { name: 'Beantwoorden' }).click();
    const dialog = page.getByRole('dialog', { name: 'Escalatie beantwoorden' });
    // Sent without a decision: the form names what is missing before anything goes to the API.
    await dialog.getByRole('button', { name: 'Antwoord versturen' }).click();
    await expect.poll(() => dialog.getByText('Kies een van de mogelijkheden.').isVisible()).toBe(true);

    // Personal data in the answer: the panel warns beside the answer field as it is typed, and the API refuses it.
    await dialog.getByRole('radio', { name: 'Aangenomen' }).check();
    const answer = dialog.getByRole('textbox', { name: 'Antwoord' });
    await answer.fill('Mail de details naar wijkteam@example.nl.');
    await dialog.getByRole('button', { name: 'Antwoord versturen' }).click();
    const fieldError = 'Dit lijkt een e-mailadres; noteer geen persoonsgegevens.';
    await expect.poll(() => dialog.getByText(fieldError).isVisible()).toBe(true);
    expect(await answer.getAttribute('aria-invalid')).toBe('true');
    await system.screenshot(page, 'escalations-answer-refused');

    await answer.fill(answerText);
    await expect.poll(() => dialog.getByText(fieldError).count()).toBe(0);
    await dialog.getByRole('button', { name: 'Antwoord versturen' }).click();
    await expect
      .poll(() =>
        page.getByText(`Antwoord verstuurd (Aangenomen). Het gaat terug naar ${sourceText}.`).isVisible(),
      )
      .toBe(true);
    await expect
      .poll(() => page.getByText(`Geen open escalaties bij ${tableName}: alles is beantwoord.`).isVisible())
      .toBe(true);
    await system.screenshot(page, 'escalations-answered');

    const done = await system.as(manager).escalations.inbox.query({ table });
    expect(done).toEqual([]);
    expect(system.pageErrors).toEqual([]);
    // The inbox polls; a request still in flight when the system stops would outlive its Temporal connection.
    await page.close();
  });

  it('shows the answer on the escalated question of the cycle, on the agenda and the escalations tab', async () => {
    const page = await system.pageAs(monitor);
    await page.goto(`${system.panelUrl}/cycles/${programmeId}/1?tab=agenda`);
    const question = page.locator('li[data-question="1"]');
    // The worker routes the answer back to the cycle a moment after the table decided; the page looks again.
    await expect.poll(() => question.getByText(answerText).isVisible(), { timeout: 30_000 }).toBe(true);
    await expect.poll(() => question.getByText(`Antwoord van ${table}`).isVisible()).toBe(true);
    await expect.poll(() => question.getByText('Aangenomen', { exact: true }).isVisible()).toBe(true);
    await expect.poll(() => question.getByText('beantwoord', { exact: true }).isVisible()).toBe(true);
    await system.screenshot(page, 'escalations-cycle-agenda');

    await page.getByRole('tab', { name: 'Escalaties' }).click();
    await page.waitForURL(/\?tab=escalations$/);
    const escalations = page.getByRole('list', { name: 'Escalaties van deze leercyclus' });
    const listed = escalations.getByRole('listitem').filter({ hasText: questionText });
    await expect.poll(() => listed.getByText(answerText).isVisible()).toBe(true);
    await expect
      .poll(() => listed.getByText('Inkoop en toegang liggen bij de gemeente.').isVisible())
      .toBe(true);
    await system.screenshot(page, 'escalations-cycle-tab');

    const cycle = await system.as(monitor).cycles.get.query(ref);
    expect(cycle.questions[0]).toMatchObject({
      status: 'answered',
      escalation: { decision: { outcome: 'accepted', text: answerText, decidedBy: manager } },
    });
    expect(system.pageErrors).toEqual([]);
    await page.close();
  });
});
