import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { addDays, dateInZone } from '@leercyclus/domain';
import { pickDate } from './support/calendar.js';
import { startBrowserSystem, type BrowserSystem } from './support/system.js';

const leader = 'anna.projectleider';
const monitor = 'chris.monitor';
const coordinator = 'bram.coordinator';
/** Set up in the panel by its name; its code follows from the name. */
const programmeName = 'Browser proeftuin';
const programmeId = 'browser-proeftuin';
const title = 'Proeftuin samenspel in de wijk — cyclus 1';

/** The first date on or after `from` that falls on the weekday (1 = Monday … 7 = Sunday). */
function nextWeekday(from: string, isoWeekday: number): string {
  const weekday = ((new Date(`${from}T12:00:00Z`).getUTCDay() + 6) % 7) + 1;
  return addDays(from, (isoWeekday - weekday + 7) % 7);
}

describe('the control panel: launching and running a cycle, in Chromium', () => {
  let system: BrowserSystem;
  const today = dateInZone(new Date(), 'Europe/Amsterdam');
  // Three weeks ago: the first sessions are held already and wait to be recorded.
  const startsOn = addDays(today, -21);
  const blackout = nextWeekday(addDays(startsOn, 7), 2); // a Tuesday: Zuid's session day
  const checkpointDue = addDays(today, 14);

  beforeAll(async () => {
    system = await startBrowserSystem({ parts: { programmes: [programmeId] } });
  });

  afterEach(async (context) => {
    if (context.task.result?.state === 'fail')
      await system?.screenshotOpenPages(context.task.name.slice(0, 40));
  });

  afterAll(async () => {
    await system?.stop();
  });

  it('sets up a programme in the panel, then changes it, renaming a category', async () => {
    const page = await system.pageAs(leader);
    await page.goto(`${system.panelUrl}/programmas`);
    await page.getByRole('button', { name: 'Nieuw programma' }).click();
    const dialog = page.getByRole('dialog', { name: 'Nieuw programma' });
    await dialog.getByRole('textbox', { name: 'Naam' }).fill(programmeName);
    await expect.poll(() => dialog.getByText(`code ${programmeId}`).isVisible()).toBe(true);
    const districts = dialog.getByRole('textbox', { name: 'Stadsdelen' });
    await districts.fill('West');
    await districts.press('Enter');
    await districts.fill('Zuid');
    await districts.press('Enter');
    await dialog.getByRole('textbox', { name: 'Managementtafel' }).fill('mt-jeugd');
    await dialog.getByRole('button', { name: 'Programma opzetten' }).click();
    await page.waitForURL(`${system.panelUrl}/programmas/${programmeId}`);
    await expect.poll(() => page.getByRole('heading', { name: programmeName }).isVisible()).toBe(true);
    await expect.poll(() => page.getByText('Nog geen leercyclus in dit programma.').isVisible()).toBe(true);

    // A category renamed after creation keeps its old name on the page.
    await page.getByRole('button', { name: 'Programma wijzigen' }).click();
    const edit = page.getByRole('dialog', { name: 'Programma wijzigen' });
    await edit.getByRole('textbox', { name: /^Code van categorie Onderwijs/ }).fill('schoolEnSwt');
    await edit.getByRole('button', { name: 'Opslaan' }).click();
    await expect
      .poll(() => page.getByText(/Onderwijs heet sinds .* schoolEnSwt \(door Anna/).isVisible())
      .toBe(true);
    await system.screenshot(page, 'programme-page');
    const programme = await system.as(leader).programmes.get.query({ id: programmeId });
    expect(programme).toMatchObject({
      name: programmeName,
      districts: ['West', 'Zuid'],
      categoryRenames: [{ from: 'education', to: 'schoolEnSwt', by: leader }],
    });
    expect(system.pageErrors).toEqual([]);
  });

  it('launches a cycle through the wizard, picking the programme by name, showing the computed calendar first', async () => {
    const page = await system.pageAs(leader);
    await page.goto(`${system.panelUrl}/cycles/new`);
    await expect.poll(() => page.getByRole('heading', { name: 'Nieuwe leercyclus' }).isVisible()).toBe(true);

    // Step 1: the basics; the programme by its name, never its code.
    await page.getByRole('textbox', { name: 'Programma', exact: true }).click();
    await page.getByRole('option', { name: programmeName }).click();
    await page.getByRole('textbox', { name: 'Nummer van de leercyclus' }).fill('1');
    await page.getByRole('textbox', { name: 'Titel' }).fill(title);
    await page.getByLabel('Startdatum').click();
    await pickDate(page, startsOn);
    await page.getByRole('button', { name: 'Volgende stap' }).click();

    // Step 2: districts with their weekly slot, the programme team, a day off.
    await expect
      .poll(() => page.getByRole('heading', { name: 'Stadsdelen en rooster' }).isVisible())
      .toBe(true);
    const first = page.getByRole('group', { name: 'Stadsdeel 1' });
    await first.getByLabel('Naam').fill('West');
    await first.getByLabel('Weekdag').selectOption('thursday');
    await first.getByLabel('Begintijd').fill('13:30');
    // Going on without a second district's name is refused beside the field.
    await page.getByRole('button', { name: 'Stadsdeel toevoegen' }).click();
    await page.getByRole('button', { name: 'Volgende stap' }).click();
    const second = page.getByRole('group', { name: 'Stadsdeel 2' });
    await expect.poll(() => second.getByText('Geef het stadsdeel een naam.').isVisible()).toBe(true);
    await system.screenshot(page, 'launch-wizard-field-error');
    await second.getByLabel('Naam').fill('Zuid');
    await second.getByLabel('Weekdag').selectOption('tuesday');
    await second.getByLabel('Begintijd').fill('13:00');
    await page.getByLabel('Het programmateam komt elke twee weken bijeen').check();
    await page.getByLabel('Vrije dagen (schoolvakanties)').click();
    await pickDate(page, blackout);
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Volgende stap' }).click();

    // Step 3: a checkpoint owned by the coordinator.
    await expect.poll(() => page.getByRole('heading', { name: 'Evaluatiemomenten' }).isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Evaluatiemoment toevoegen' }).click();
    const checkpoint = page.getByRole('group', { name: 'Evaluatiemoment 1' });
    await checkpoint.getByLabel('Titel').fill('Tussenevaluatie');
    await checkpoint.getByLabel('Eigenaar').selectOption({ label: 'Bram Jansen' });
    await checkpoint.getByLabel('Termijn (datum)').click();
    await pickDate(page, checkpointDue);
    await page.getByRole('button', { name: 'Volgende stap' }).click();

    // Step 4: the calendar as the workflow will plan it, week by week.
    await expect.poll(() => page.getByRole('heading', { name: 'Berekende kalender' }).isVisible()).toBe(true);
    const calendar = page.getByRole('table', { name: /Alle bijeenkomsten van de nieuwe leercyclus/ });
    await expect
      .poll(() => calendar.getByRole('columnheader', { name: /^Week \d+/ }).count())
      .toBeGreaterThan(10);
    await expect.poll(() => calendar.getByText('Vrije dag: geen leersessies').count()).toBe(1);
    await expect.poll(() => calendar.getByText('partnerbijeenkomst').count()).toBe(2);
    await expect.poll(() => calendar.getByText('programmateamoverleg').count()).toBeGreaterThan(5);
    await expect
      .poll(() => page.getByText(/Tussenevaluatie — Bram Jansen, uiterlijk/).isVisible())
      .toBe(true);
    await system.screenshot(page, 'launch-wizard-calendar');

    await page.getByRole('button', { name: 'Leercyclus starten' }).click();
    await page.waitForURL(`${system.panelUrl}/cycles/${programmeId}/1`);
    await expect
      .poll(() => page.getByRole('heading', { name: title }).isVisible(), { timeout: 30_000 })
      .toBe(true);
    // Sessions of the past weeks are to be recorded.
    await expect
      .poll(() => page.getByText(/zijn gehouden maar nog niet geregistreerd/).isVisible())
      .toBe(true);
    await system.screenshot(page, 'cycle-after-launch');

    const cycle = await system.as(leader).cycles.get.query({ programmeId, number: 1 });
    expect(cycle).toMatchObject({ title, startsOn, blackoutDates: [blackout] });
    expect(cycle.checkpoints).toMatchObject([{ title: 'Tussenevaluatie', owner: 'bram.coordinator' }]);
    expect(cycle.programmeTeam).toMatchObject({ weekday: 'monday' });
    expect(system.pageErrors).toEqual([]);
  });

  it('refuses a second cycle with the same number, saying so beside the number field', async () => {
    const page = await system.pageAs(leader);
    await page.goto(`${system.panelUrl}/cycles/new`);
    await page.getByRole('textbox', { name: 'Programma', exact: true }).click();
    await page.getByRole('option', { name: programmeName }).click();
    // The wizard knows the programme's cycles and suggests the next number.
    await expect
      .poll(() => page.getByText('Al in gebruik: 1. Het volgende nummer is 2.').isVisible())
      .toBe(true);
    await page.getByRole('textbox', { name: 'Nummer van de leercyclus' }).fill('1');
    await page.getByRole('textbox', { name: 'Titel' }).fill('Nog een eerste cyclus');
    await page.getByLabel('Startdatum').click();
    await pickDate(page, today);
    await page.getByRole('button', { name: 'Volgende stap' }).click();
    await page.getByRole('group', { name: 'Stadsdeel 1' }).getByLabel('Naam').fill('West');
    await page.getByRole('button', { name: 'Volgende stap' }).click();
    await page.getByRole('button', { name: 'Volgende stap' }).click();
    await page.getByRole('button', { name: 'Leercyclus starten' }).click();

    const message = `Leercyclus 1 van programma ${programmeId} bestaat al. Kies een ander nummer.`;
    const number = page.getByRole('textbox', { name: 'Nummer van de leercyclus' });
    await expect.poll(() => number.getAttribute('aria-invalid')).toBe('true');
    await expect.poll(() => page.getByText(message).count()).toBe(2); // beside the field and in the summary
    await expect.poll(() => page.getByRole('heading', { name: 'Basisgegevens' }).isVisible()).toBe(true);
    await system.screenshot(page, 'launch-wizard-conflict');
    expect(system.pageErrors).toEqual([]);
  });

  it('adds a learning question and records a held session with it', async () => {
    const page = await system.pageAs(monitor);
    await page.goto(`${system.panelUrl}/cycles/${programmeId}/1?tab=agenda`);
    await page.getByRole('button', { name: 'Vraag toevoegen' }).click();
    const addDialog = page.getByRole('dialog', { name: 'Leervraag toevoegen' });
    await addDialog
      .getByRole('textbox', { name: 'Vraag' })
      .fill('Hoe betrekken we school eerder bij een casus zonder verwijzing?');
    await addDialog.getByLabel('Categorie').selectOption('schoolEnSwt');
    await addDialog.getByLabel('Stadsdeel').selectOption('West');
    await addDialog.getByRole('button', { name: 'Vraag toevoegen' }).click();
    await expect.poll(() => addDialog.isVisible()).toBe(false);
    await expect.poll(() => page.getByText('Hoe betrekken we school eerder').isVisible()).toBe(true);
    await system.screenshot(page, 'cycle-agenda');

    await page.getByRole('tab', { name: /Kalender/ }).click();
    await page.getByRole('button', { name: 'Toon alleen te registreren' }).click();
    const recordButton = page.getByRole('button', { name: /^Registreren: leersessie West/ }).first();
    await recordButton.click();
    const dialog = page.getByRole('dialog', { name: /^Registreren: leersessie West/ });
    await dialog.getByLabel('SWT-professionals').fill('8');
    await dialog.getByLabel('Partnerprofessionals').fill('3');
    await dialog.getByLabel('Ouders of verzorgers').fill('1');
    await dialog.getByLabel('Aanwezige partnerorganisaties').fill('Kwadraad');
    await page.keyboard.press('Enter');
    await dialog.getByLabel('Besproken casussen (casuscodes)').fill('W-2026-014');
    await page.keyboard.press('Enter');
    await dialog.getByRole('checkbox', { name: /Hoe betrekken we school eerder/ }).check();
    await system.screenshot(page, 'record-session-form');
    await dialog.getByRole('button', { name: 'Registratie opslaan' }).click();
    await expect.poll(() => dialog.isVisible()).toBe(false);

    await page.getByLabel('Status', { exact: true }).selectOption('held');
    const held = page.locator('tr', { hasText: 'Aanwezig: 8 SWT, 3 partners, 1 ouders/verzorgers' });
    await expect.poll(() => held.count()).toBe(1);
    await expect.poll(() => held.getByText('gehouden').isVisible()).toBe(true);
    await system.screenshot(page, 'cycle-session-recorded');

    const cycle = await system.as(monitor).cycles.get.query({ programmeId, number: 1 });
    const recorded = cycle.occurrences.filter((occurrence) => occurrence.status === 'held');
    expect(recorded).toHaveLength(1);
    expect(recorded[0]!.record).toMatchObject({
      attendance: { swtProfessionals: 8, partnerProfessionals: 3, parentsOrGuardians: 1 },
      organisations: ['Kwadraad'],
      caseCodes: ['W-2026-014'],
      questionNumbers: [1],
      recordedBy: monitor,
    });
    expect(system.pageErrors).toEqual([]);
  });
  it('reformulates a question, keeping the earlier wording in its history', async () => {
    const page = await system.pageAs(monitor);
    await page.goto(`${system.panelUrl}/cycles/${programmeId}/1?tab=agenda`);
    await page.getByRole('button', { name: 'Vraag 1 bewerken' }).click();
    const dialog = page.getByRole('dialog', { name: 'Leervraag 1 bewerken' });
    await dialog
      .getByRole('textbox', { name: 'Formulering' })
      .fill('Hoe en wanneer betrekken we school bij een casus, nog voor er een verwijzing is?');
    await dialog.getByLabel('Status').selectOption('exploring');
    await dialog.getByRole('button', { name: 'Opslaan' }).click();
    await expect.poll(() => dialog.isVisible()).toBe(false);

    const question = page.locator('li[data-question="1"]');
    await expect.poll(() => question.getByText('nog voor er een verwijzing is').isVisible()).toBe(true);
    await expect.poll(() => question.getByText('in onderzoek').isVisible()).toBe(true);
    await question.getByRole('button', { name: '1 eerdere formulering' }).click();
    await expect
      .poll(() =>
        question.getByText('Hoe betrekken we school eerder bij een casus zonder verwijzing?').isVisible(),
      )
      .toBe(true);
    await system.screenshot(page, 'agenda-reformulated');
    expect(system.pageErrors).toEqual([]);
  });

  it('moves one session and cancels another, each with its reason', async () => {
    const before = await system.as(coordinator).cycles.get.query({ programmeId, number: 1 });
    const planned = before.occurrences.filter((o) => o.status === 'planned' && o.kind === 'learningSession');
    const toMove = planned.find((o) => o.district === 'Zuid')!;
    const toCancel = planned.find((o) => o.district === 'West')!;

    const page = await system.pageAs(coordinator);
    await page.goto(`${system.panelUrl}/cycles/${programmeId}/1`);
    const moveRow = page.locator(`tr[data-occurrence="${toMove.id}"]`);
    await moveRow.getByRole('button', { name: /^Verplaatsen of annuleren/ }).click();
    const moveDialog = page.getByRole('dialog', { name: /^Verplaatsen of annuleren/ });
    await moveDialog.getByLabel('Nieuwe datum').click();
    await pickDate(page, addDays(toMove.date, 1));
    await moveDialog.getByRole('textbox', { name: 'Reden' }).fill('Studiedag van het wijkteam');
    await moveDialog.getByRole('button', { name: 'Verplaatsen', exact: true }).click();
    await expect.poll(() => moveDialog.isVisible()).toBe(false);
    await expect
      .poll(() => moveRow.getByText(/Verplaatst van .*: Studiedag van het wijkteam/).isVisible())
      .toBe(true);

    const cancelRow = page.locator(`tr[data-occurrence="${toCancel.id}"]`);
    await cancelRow.getByRole('button', { name: /^Verplaatsen of annuleren/ }).click();
    const cancelDialog = page.getByRole('dialog', { name: /^Verplaatsen of annuleren/ });
    await cancelDialog.getByText('Bijeenkomst annuleren').click();
    // Without a reason the form says what is missing, beside the field.
    await cancelDialog.getByRole('button', { name: 'Annulering opslaan' }).click();
    await expect.poll(() => cancelDialog.getByText('Vul dit veld in.').isVisible()).toBe(true);
    await cancelDialog.getByRole('textbox', { name: 'Reden' }).fill('Te weinig aanmeldingen');
    await cancelDialog.getByRole('button', { name: 'Annulering opslaan' }).click();
    await expect.poll(() => cancelDialog.isVisible()).toBe(false);
    await expect
      .poll(() => cancelRow.getByText('Geannuleerd: Te weinig aanmeldingen').isVisible())
      .toBe(true);
    await expect.poll(() => cancelRow.getByText('geannuleerd', { exact: true }).isVisible()).toBe(true);
    await system.screenshot(page, 'calendar-moved-and-cancelled');

    const after = await system.as(coordinator).cycles.get.query({ programmeId, number: 1 });
    expect(after.occurrences.find((o) => o.id === toMove.id)).toMatchObject({
      date: addDays(toMove.date, 1),
      change: { reason: 'Studiedag van het wijkteam', by: coordinator },
    });
    expect(after.occurrences.find((o) => o.id === toCancel.id)).toMatchObject({ status: 'cancelled' });
    expect(system.pageErrors).toEqual([]);
  });

  it('submits the evaluation of a checkpoint: a sharper question and a development goal', async () => {
    const page = await system.pageAs(coordinator);
    await page.goto(`${system.panelUrl}/cycles/${programmeId}/1?tab=checkpoints`);
    await page.getByRole('button', { name: 'Evaluatie indienen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Evaluatie: Tussenevaluatie' });
    await dialog.getByRole('button', { name: 'Vraag aanscherpen' }).click();
    await dialog.getByLabel('Leervraag 1').selectOption('1');
    await dialog
      .getByRole('textbox', { name: 'Nieuwe formulering 1' })
      .fill('Welke afspraken maken we met scholen over signalen vóór een verwijzing?');
    await dialog.getByRole('button', { name: 'Ontwikkeldoel toevoegen' }).click();
    await dialog
      .getByRole('textbox', { name: 'Ontwikkeldoel 1' })
      .fill('Elke school in West heeft een vast aanspreekpunt');
    await dialog.getByLabel('Eigenaar van doel 1').selectOption({ label: 'Chris Bakker' });
    await dialog.getByRole('textbox', { name: 'Aantekeningen' }).fill('Goede opkomst van de partners.');
    await system.screenshot(page, 'evaluation-form');
    await dialog.getByRole('button', { name: 'Evaluatie indienen' }).click();
    await expect.poll(() => dialog.isVisible()).toBe(false);

    const checkpoint = page.locator('li[data-checkpoint="checkpoint-1"]');
    await expect.poll(() => checkpoint.getByText('ingediend', { exact: true }).isVisible()).toBe(true);
    await expect.poll(() => checkpoint.getByText(/Ingediend door Bram Jansen/).isVisible()).toBe(true);
    await expect
      .poll(() =>
        checkpoint.getByText('Elke school in West heeft een vast aanspreekpunt (Chris Bakker)').isVisible(),
      )
      .toBe(true);
    await system.screenshot(page, 'checkpoint-evaluated');
    expect(system.pageErrors).toEqual([]);
  });

  it('closes the cycle, showing what it hands on', async () => {
    const page = await system.pageAs(leader);
    await page.goto(`${system.panelUrl}/cycles/${programmeId}/1`);
    await page.getByRole('button', { name: 'Afsluiten' }).click();
    const dialog = page.getByRole('dialog', { name: `${title} afsluiten` });
    await dialog
      .getByRole('textbox', { name: 'Reden of toelichting (optioneel)' })
      .fill('Afgerond na de tussenevaluatie');
    await dialog.getByRole('button', { name: 'Leercyclus afsluiten' }).click();
    await expect.poll(() => dialog.getByText('De leercyclus is afgesloten').isVisible()).toBe(true);
    await expect
      .poll(() => dialog.getByText('1 vraag gaat mee naar de volgende leercyclus').isVisible())
      .toBe(true);
    await system.screenshot(page, 'cycle-closing-summary');
    await dialog.getByRole('button', { name: 'Sluiten' }).click();
    await expect.poll(() => page.getByText('Afgesloten op').isVisible()).toBe(true);
    await expect.poll(() => page.getByRole('button', { name: 'Afsluiten' }).count()).toBe(0);
    await expect.poll(() => page.getByRole('button', { name: /^Registreren/ }).count()).toBe(0);
    await system.screenshot(page, 'cycle-closed');
    expect(system.pageErrors).toEqual([]);
  });
});
