import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { addDays, dateInZone, groupMeetings } from '@leercyclus/domain';
import { reloadUntil } from './support/reloadUntil.js';
import { pickDate } from './support/calendar.js';
import { startBrowserSystem, type BrowserSystem } from './support/system.js';

const leader = 'anna.projectleider';
const monitor = 'chris.monitor';
const coordinator = 'bram.coordinator';
const manager = 'dana.management';
const administrator = 'frank.beheer';
const table = 'browser-mt-groepen';
const programmeId = 'browser-groepen';
const cycleId = `cycle/${programmeId}/1`;
const slug = 'alg-school-en-swt';
const question = 'Hoe betrekken we school eerder bij een casus, nog voor er een verwijzing is?';

describe('the control panel: launching and following an action-learning group, in Chromium', () => {
  let system: BrowserSystem;
  const today = dateInZone(new Date(), 'Europe/Amsterdam');
  // Two weeks ago: the first meetings have begun; the checkpoint was due yesterday, so it is overdue.
  const startsOn = addDays(today, -14);
  const endsOn = addDays(today, 70);
  const checkpointDue = addDays(today, -1);

  beforeAll(async () => {
    system = await startBrowserSystem({ parts: { programmes: [programmeId] } });
    // A group has no table of its own: an obstacle is escalated to a table named when it goes up.
    await system.as(administrator).tables.upsert.mutate({
      slug: table,
      name: 'Managementtafel Groepen',
      members: [manager],
    });
    // The cycle whose learning question the group takes up: its agenda holds question 1 only.
    await system.as(leader).cycles.launch.mutate({
      requestId: 'browser-groups-cycle-1',
      programmeId,
      number: 1,
      title: 'Proeftuin groepen — cyclus 1',
      startsOn,
      districts: [{ name: 'West', weekday: 'thursday', startTime: '13:30', durationMinutes: 120 }],
    });
    await system.as(monitor).cycles.addQuestion.mutate({
      programmeId,
      number: 1,
      text: 'Wat mogen we van school verwachten?',
      category: 'education',
      level: 'system',
      raisedIn: 'learningSession',
      district: 'West',
    });
  });

  afterEach(async (context) => {
    if (context.task.result?.state === 'fail')
      await system?.screenshotOpenPages(context.task.name.slice(0, 40));
  });

  afterAll(async () => {
    await system?.stop();
  });

  it('launches a group through the wizard, previewing its meetings and placing a server refusal beside its field', async () => {
    const page = await system.pageAs(leader);
    await page.goto(`${system.panelUrl}/groups`);
    await page.getByRole('link', { name: 'Nieuwe actieleergroep' }).click();
    await expect
      .poll(() => page.getByRole('heading', { name: 'Nieuwe actieleergroep' }).isVisible())
      .toBe(true);

    // Step 1: code, question, facilitator, and a cycle question that is not on that cycle's agenda.
    await page.getByRole('textbox', { name: 'Groepscode' }).fill(slug);
    await page.getByRole('textbox', { name: 'Prangende praktijkvraag' }).fill(question);
    await page.getByRole('textbox', { name: 'Thema' }).fill('Samenwerking met onderwijs');
    await page.getByLabel('Procesbegeleider').selectOption({ label: 'Chris Bakker' });
    await page.getByRole('textbox', { name: 'Leercyclus' }).fill(cycleId);
    await page.getByRole('textbox', { name: 'Vraagnummer' }).fill('2');
    await page.getByRole('button', { name: 'Volgende stap' }).click();

    // Step 2: a practitioner with an account and an expert by experience under a pseudonym.
    await expect.poll(() => page.getByRole('heading', { name: 'Leden' }).isVisible()).toBe(true);
    const first = page.getByRole('group', { name: 'Lid 1' });
    await first.getByLabel('Account').selectOption({ label: 'Eva Smit' });
    await first.getByLabel('Organisatie').fill('SWT West');
    await page.getByRole('button', { name: 'Lid toevoegen' }).click();
    const second = page.getByRole('group', { name: 'Lid 2' });
    await second.getByLabel('Naam of pseudoniem').fill('Ervaringsdeskundige A');
    await second.getByLabel('Organisatie').fill('Cliëntenraad');
    await second.getByLabel('Rol').selectOption('expertByExperience');
    await page.getByRole('button', { name: 'Volgende stap' }).click();

    // Step 3: the period and a weekly meeting on Wednesday afternoon.
    await expect
      .poll(() => page.getByRole('heading', { name: 'Looptijd en bijeenkomsten' }).isVisible())
      .toBe(true);
    await page.getByLabel('Startdatum').click();
    await pickDate(page, startsOn);
    // One calendar at a time: the start date's closes before the end date's opens.
    await expect.poll(() => page.getByRole('button', { name: 'Kies een maand' }).count()).toBe(0);
    await page.getByLabel('Einddatum').click();
    await pickDate(page, endsOn);
    await page.getByLabel('Weekdag').selectOption('wednesday');
    await page.getByLabel('Begintijd').fill('15:00');
    await page.getByLabel('Hoe vaak').selectOption('1');
    await page.getByRole('button', { name: 'Volgende stap' }).click();

    // Step 4: a checkpoint owned by the coordinator, due yesterday.
    await expect.poll(() => page.getByRole('heading', { name: 'Evaluatiemomenten' }).isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Evaluatiemoment toevoegen' }).click();
    const checkpoint = page.getByRole('group', { name: 'Evaluatiemoment 1' });
    await checkpoint.getByLabel('Titel').fill('Tussenevaluatie groep');
    await checkpoint.getByLabel('Eigenaar').selectOption({ label: 'Bram Jansen' });
    await checkpoint.getByLabel('Termijn (datum)').click();
    await pickDate(page, checkpointDue);
    await page.getByRole('button', { name: 'Volgende stap' }).click();

    // Step 5: the meetings, dated before anything is launched.
    await expect
      .poll(() => page.getByRole('heading', { name: /^Berekende bijeenkomsten/ }).isVisible())
      .toBe(true);
    const expected = groupMeetings({
      meetings: { weekday: 'wednesday', startTime: '15:00', durationMinutes: 90, everyWeeks: 1 },
      startsOn,
      endsOn,
      timeZone: 'Europe/Amsterdam',
      blackoutDates: [],
    });
    const preview = page.getByRole('table', { name: /Alle bijeenkomsten van de nieuwe actieleergroep/ });
    await expect.poll(() => preview.locator('tbody tr').count()).toBe(expected.length);
    expect(expected.length).toBeGreaterThanOrEqual(11);
    await expect.poll(() => preview.getByText('15:00–16:30').count()).toBe(expected.length);
    await expect.poll(() => page.getByText(`${expected.length} bijeenkomsten`).isVisible()).toBe(true);
    expect(await system.as(leader).groups.list.query()).toEqual([]);
    await system.screenshot(page, 'group-wizard-meetings');

    // The server knows the agenda: question 2 is not on it, said beside the question number on step 1.
    await page.getByRole('button', { name: 'Actieleergroep starten' }).click();
    const number = page.getByRole('textbox', { name: 'Vraagnummer' });
    await expect.poll(() => number.getAttribute('aria-invalid')).toBe('true');
    const refusal = `Vraag 2 staat niet op de leeragenda van ${cycleId}.`;
    await expect.poll(() => page.getByText(refusal).count()).toBeGreaterThanOrEqual(1);
    await expect
      .poll(() => page.getByRole('heading', { name: 'Vraag en begeleiding' }).isVisible())
      .toBe(true);
    await system.screenshot(page, 'group-wizard-server-field-error');

    await number.fill('1');
    await expect.poll(() => number.getAttribute('aria-invalid')).not.toBe('true');
    for (let step = 0; step < 4; step += 1) await page.getByRole('button', { name: 'Volgende stap' }).click();
    await page.getByRole('button', { name: 'Actieleergroep starten' }).click();

    await page.waitForURL(`${system.panelUrl}/groups/${slug}`);
    await expect.poll(() => page.getByRole('heading', { name: question }).isVisible()).toBe(true);
    await expect.poll(() => page.getByText(`vraag 1 van ${cycleId}`).isVisible()).toBe(true);
    await expect.poll(() => page.getByRole('region', { name: 'Iteratie 1' }).isVisible()).toBe(true);
    await system.screenshot(page, 'group-page-iterations');

    await page.getByRole('tab', { name: 'Bijeenkomsten' }).click();
    const meetings = page.getByRole('table', { name: /Alle bijeenkomsten van de groep/ });
    await expect.poll(() => meetings.locator('tbody tr').count()).toBe(expected.length);
    // The meetings of the past two weeks have begun.
    await expect.poll(() => meetings.getByText('te registreren').count()).toBeGreaterThanOrEqual(2);
    await system.screenshot(page, 'group-page-meetings');

    await page.getByRole('tab', { name: 'Leden' }).click();
    const members = page.getByRole('table', { name: /Leden van de groep/ });
    await expect
      .poll(() => members.getByRole('row', { name: /Eva Smit.*SWT West.*professional/ }).count())
      .toBe(1);
    await expect
      .poll(() =>
        members
          .getByRole('row', { name: /Ervaringsdeskundige A.*Cliëntenraad.*ervaringsdeskundige/ })
          .count(),
      )
      .toBe(1);
    await system.screenshot(page, 'group-page-members');

    await page.getByRole('tab', { name: /Evaluatiemomenten/ }).click();
    const item = page.locator('li[data-checkpoint="checkpoint-1"]');
    await reloadUntil(page, () => item.getByText('te laat', { exact: true }).isVisible());
    await expect
      .poll(() =>
        item.getByRole('button', { name: /^Herinnering sturen voor Tussenevaluatie groep/ }).isVisible(),
      )
      .toBe(true);
    await system.screenshot(page, 'group-page-checkpoints');

    const group = await system.as(leader).groups.get.query({ slug });
    expect(group).toMatchObject({
      question,
      facilitator: monitor,
      fromCycleQuestion: { cycleId, questionNumber: 1 },
      meetingCadence: { weekday: 'wednesday', startTime: '15:00', everyWeeks: 1 },
    });
    expect(group.meetings.map((meeting) => meeting.date)).toEqual(expected.map((meeting) => meeting.date));
    expect(system.pageErrors).toEqual([]);
  });

  it('lets the facilitator conclude the first step, shown in the iteration', async () => {
    const page = await system.pageAs(monitor);
    await page.goto(`${system.panelUrl}/groups/${slug}`);
    await page.getByRole('button', { name: 'Vraag (her)formuleren afronden' }).click();
    const dialog = page.getByRole('dialog', { name: /Vraag \(her\)formuleren afronden/ });
    await dialog.getByRole('button', { name: 'Stap afronden' }).click();
    // Without a conclusion the server refuses, beside the field.
    await expect
      .poll(() => dialog.getByRole('textbox', { name: 'Conclusie' }).getAttribute('aria-invalid'))
      .toBe('true');
    await dialog
      .getByRole('textbox', { name: 'Conclusie' })
      .fill('De vraag gaat over signalen vóór een verwijzing.');
    await dialog.getByRole('button', { name: 'Stap afronden' }).click();
    await expect.poll(() => dialog.isVisible()).toBe(false);
    const iteration = page.getByRole('region', { name: 'Iteratie 1' });
    await expect
      .poll(() => iteration.getByText('De vraag gaat over signalen vóór een verwijzing.').isVisible())
      .toBe(true);
    await expect.poll(() => page.getByRole('button', { name: 'Analyseren afronden' }).isVisible()).toBe(true);
    await system.screenshot(page, 'group-step-concluded');
    expect(system.pageErrors).toEqual([]);
  });

  it('shows the group on the group list and the dashboard', async () => {
    const page = await system.pageAs(leader);
    await page.goto(`${system.panelUrl}/groups`);
    await reloadUntil(page, () => page.getByRole('link', { name: question }).isVisible());
    const row = page.locator(`tr[data-group="${slug}"]`);
    await expect.poll(() => row.getByText('lopend').isVisible()).toBe(true);
    await system.screenshot(page, 'group-list');

    await page.goto(system.panelUrl);
    const region = page.getByRole('region', { name: 'Lopende actieleergroepen' });
    await reloadUntil(page, () => region.getByRole('link', { name: question }).isVisible());
    await system.screenshot(page, 'dashboard-groups');
    await region.getByRole('link', { name: question }).click();
    await page.waitForURL(`${system.panelUrl}/groups/${slug}`);
    expect(system.pageErrors).toEqual([]);
  });

  it('raises and escalates an obstacle, evaluates a checkpoint, lets a member leave and completes the group', async () => {
    const obstacleText = 'School mag zonder toestemming van ouders geen signalen delen met het wijkteam.';
    const page = await system.pageAs(monitor);
    await page.goto(`${system.panelUrl}/groups/${slug}?tab=obstacles`);
    await page.getByRole('button', { name: 'Knelpunt inbrengen' }).click();
    const raise = page.getByRole('dialog', { name: 'Knelpunt inbrengen' });
    await raise.getByRole('textbox', { name: 'Knelpunt' }).fill(obstacleText);
    await raise.getByLabel('Niveau').selectOption('system');
    await raise.getByRole('button', { name: 'Inbrengen' }).click();
    await expect.poll(() => raise.isVisible()).toBe(false);
    const obstacle = page.locator('li[data-obstacle="obstacle-1"]');
    await reloadUntil(page, () => obstacle.getByText(obstacleText).isVisible());

    await obstacle.getByRole('button', { name: 'Voorleggen aan managementtafel' }).click();
    const escalate = page.getByRole('dialog', { name: /Knelpunt voorleggen/ });
    await escalate.getByRole('textbox', { name: 'Managementtafel (code)' }).fill(table);
    await escalate
      .getByRole('textbox', { name: 'Waarom kan de groep dit niet zelf oplossen?' })
      .fill('Dit vraagt een afspraak tussen gemeente en schoolbesturen.');
    await escalate.getByRole('button', { name: 'Agenderen' }).click();
    await expect.poll(() => escalate.isVisible()).toBe(false);
    await reloadUntil(page, () => obstacle.getByText('voorgelegd', { exact: true }).isVisible());
    await expect.poll(() => obstacle.getByText(`Voorgelegd aan ${table}`).isVisible()).toBe(true);
    await system.screenshot(page, 'group-obstacle-escalated');

    const coordinatorPage = await system.pageAs(coordinator);
    await coordinatorPage.goto(`${system.panelUrl}/groups/${slug}?tab=checkpoints`);
    const checkpoint = coordinatorPage.locator('li[data-checkpoint="checkpoint-1"]');
    await checkpoint.getByRole('button', { name: 'Evaluatie indienen' }).click();
    const evaluation = coordinatorPage.getByRole('dialog', { name: /Evaluatie: Tussenevaluatie groep/ });
    await evaluation.getByRole('button', { name: 'Ontwikkeldoel toevoegen' }).click();
    await evaluation
      .getByRole('textbox', { name: 'Ontwikkeldoel 1' })
      .fill('School schuift aan bij het wijkoverleg.');
    await evaluation
      .getByRole('textbox', { name: 'Aantekeningen' })
      .fill('Eerste signalen komen eerder binnen.');
    await evaluation.getByRole('button', { name: 'Evaluatie indienen' }).click();
    await expect.poll(() => evaluation.isVisible()).toBe(false);
    await reloadUntil(coordinatorPage, () => checkpoint.getByText('ingediend', { exact: true }).isVisible());
    await expect
      .poll(() => checkpoint.getByText('School schuift aan bij het wijkoverleg.').isVisible())
      .toBe(true);
    await system.screenshot(coordinatorPage, 'group-checkpoint-evaluated');

    await page.goto(`${system.panelUrl}/groups/${slug}?tab=members`);
    await page.getByRole('button', { name: 'Verlaat groep — Ervaringsdeskundige A' }).click();
    const leave = page.getByRole('dialog', { name: /Ervaringsdeskundige A verlaat de groep/ });
    await leave.getByRole('textbox', { name: 'Reden (optioneel)' }).fill('Andere rol in de cliëntenraad');
    await leave.getByRole('button', { name: 'Verlaat groep' }).click();
    await expect.poll(() => leave.isVisible()).toBe(false);
    const members = page.getByRole('table', { name: /Leden van de groep/ });
    await reloadUntil(page, () =>
      members.getByRole('row', { name: /Ervaringsdeskundige A.*vertrokken/ }).isVisible(),
    );
    await system.screenshot(page, 'group-member-left');

    const leaderPage = await system.pageAs(leader);
    await leaderPage.goto(`${system.panelUrl}/groups/${slug}`);
    await leaderPage.getByRole('button', { name: 'Groep afronden' }).click();
    const complete = leaderPage.getByRole('dialog', { name: /Actieleergroep .* afronden/ });
    await complete
      .getByRole('textbox', { name: 'Ingebed in het dagelijks werk' })
      .fill('School schuift maandelijks aan bij het wijkoverleg.');
    await complete
      .getByRole('textbox', { name: 'Geleerde lessen' })
      .fill('Signalen komen eerder als school vaste gesprekspartner is.');
    await complete.getByRole('button', { name: 'Groep afronden' }).click();
    await expect.poll(() => complete.isVisible()).toBe(false);
    await reloadUntil(leaderPage, () => leaderPage.getByText('afgesloten', { exact: true }).isVisible());
    const completion = leaderPage.getByRole('alert').filter({ hasText: 'Afgerond op' });
    await expect
      .poll(() =>
        completion.getByText('Signalen komen eerder als school vaste gesprekspartner is.').isVisible(),
      )
      .toBe(true);
    await expect.poll(() => leaderPage.getByRole('button', { name: 'Groep afronden' }).count()).toBe(0);
    await system.screenshot(leaderPage, 'group-completed');
    expect(system.pageErrors).toEqual([]);
  });
});
