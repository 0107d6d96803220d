import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { mailDeliveryScheduleId } from '@leercyclus/workflows';
import { reloadUntil } from './support/reloadUntil.js';
import { startBrowserSystem, type BrowserSystem } from './support/system.js';

/** The demo loads into an empty installation by its administrator, who then leads the demo programme. */
const administrator = 'frank.beheer';

describe('the mail the demo caused, on the Verzonden berichten page, in Chromium', () => {
  let system: BrowserSystem;

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

  it('shows the overdue checkpoint’s reminder to Bram by name, and its link opens the checkpoint', async () => {
    await system.as(administrator).demo.load.mutate();
    // The delivery schedule runs every minute; now rather than at the next one, once the reminder is queued.
    await expect
      .poll(async () => Object.keys(await system.as(administrator).mail.reminders.query(demo)).length, {
        timeout: 60_000,
      })
      .toBe(1);
    await system.client.schedule.getHandle(mailDeliveryScheduleId).trigger();

    const page = await system.pageAs(administrator);
    await page.goto(`${system.panelUrl}/`);
    await page.getByRole('link', { name: 'Verzonden berichten' }).click();
    await page.waitForURL(/\/verzonden-berichten$/);
    const messages = page.getByRole('list', { name: 'Ontvangen berichten' });
    const reminder = messages
      .getByRole('listitem')
      .filter({ hasText: 'Te laat: evaluatie ‘Tussenevaluatie’' });
    await reloadUntil(page, () => reminder.isVisible(), 60_000);
    await expect.poll(() => reminder.getByText('Aan: Bram Jansen <bram@example.org>').isVisible()).toBe(true);
    await expect
      .poll(() => reminder.getByText(/Van: Leercyclus <leercyclus@localhost>/).isVisible())
      .toBe(true);
    const body = reminder.frameLocator('iframe');
    await expect.poll(() => body.getByText('Beste Bram Jansen,').isVisible()).toBe(true);
    await expect
      .poll(() => body.getByText(/De termijn was .* en de evaluatie is nog niet ingediend/).isVisible())
      .toBe(true);
    await system.screenshot(page, 'sent-mail');

    // As Bram would from his mail client: the link opens the checkpoint on its cycle's page.
    await body.getByRole('link', { name: 'Evaluatiemoment openen' }).click();
    await page.waitForURL(/\/cycles\/proeftuin-demo\/1\?tab=checkpoints#checkpoint-/);
    const checkpoint = page.locator('[data-targeted]');
    await expect
      .poll(() => checkpoint.getByRole('heading', { name: 'Tussenevaluatie' }).isVisible())
      .toBe(true);
    // The panel says sent only now that the mail server accepted it, and when.
    await expect.poll(() => checkpoint.getByText(/^e-mail verzonden op /).isVisible()).toBe(true);
    await system.screenshot(page, 'sent-mail-checkpoint');
    expect(system.pageErrors).toEqual([]);
  });

  it('lets a person choose one digest a day and invitations on Meldingen, from the menu under their name', async () => {
    const page = await system.pageAs('bram.coordinator');
    await page.goto(`${system.panelUrl}/`);
    await page.getByRole('button', { name: 'Account: Bram Jansen' }).click();
    await page.getByRole('menuitem', { name: 'Meldingen' }).click();
    await page.waitForURL(/\/meldingen$/);
    const choice = page.getByRole('radiogroup', { name: 'Hoe wil je e-mail van Leercyclus ontvangen?' });
    await expect.poll(() => choice.getByRole('radio', { name: 'Elk bericht meteen' }).isChecked()).toBe(true);
    await choice.getByRole('radio', { name: 'Eén overzicht per dag' }).check();
    const invitations = page.getByRole('checkbox', { name: 'Uitnodigingen per e-mail voor mijn agenda' });
    expect(await invitations.isChecked()).toBe(false);
    await invitations.check();
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await expect.poll(() => page.getByText('Je keuze is opgeslagen.').isVisible()).toBe(true);
    expect(await system.as('bram.coordinator').mail.preference.query()).toEqual({
      delivery: 'dailyDigest',
      invitations: true,
    });
    await system.screenshot(page, 'mail-preferences');
    expect(system.pageErrors).toEqual([]);
  });
});

const demo = { programmeId: 'proeftuin-demo', number: 1 };
