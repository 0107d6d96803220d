import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { lockout } from '@leercyclus/db';
import { eventually } from '../support/api.js';
import { launchInput } from '../support/launches.js';
import { reloadUntil } from './support/reloadUntil.js';
import {
  developmentPerson,
  passwordOf,
  signIn,
  startBrowserSystem,
  type BrowserSystem,
} from './support/system.js';

const leader = 'anna.projectleider';
const participant = 'eva.deelnemer';
const monitor = 'chris.monitor';
const administrator = 'frank.beheer';
/** Eva takes part in programme A only; Anna leads both. */
const programmeA = 'browser-inloggen-a';
const programmeB = 'browser-inloggen-b';
const titleA = 'Inloggen A — cyclus 1';
const titleB = 'Inloggen B — cyclus 1';
const newcomer = { name: 'Gert Hendriks', email: 'gert@example.org', organisation: 'Jeugdhulp Noord' };
const newcomerPassword = 'een wachtwoord voor Gert';

/** The cycle list as a person sees it, once the record has both cycles (it is a moment behind the launches). */
async function cyclesOnList(page: Page): Promise<{ a: number; b: number }> {
  const rows = page.getByRole('table', { name: /leercycli/i }).getByRole('row');
  await reloadUntil(page, async () => (await rows.filter({ hasText: titleA }).count()) === 1);
  return {
    a: await rows.filter({ hasText: titleA }).count(),
    b: await rows.filter({ hasText: titleB }).count(),
  };
}

describe('signing in to the control panel, in Chromium', () => {
  let system: BrowserSystem;

  beforeAll(async () => {
    system = await startBrowserSystem();
    await system.grant([
      { personId: leader, scope: 'programme', scopeId: programmeA, role: 'projectLeader' },
      { personId: leader, scope: 'programme', scopeId: programmeB, role: 'projectLeader' },
      { personId: participant, scope: 'programme', scopeId: programmeA, role: 'participant' },
    ]);
    const now = new Date();
    for (const [programmeId, title] of [
      [programmeA, titleA],
      [programmeB, titleB],
    ] as const) {
      await system
        .as(leader)
        .cycles.launch.mutate(launchInput(now, { requestId: `sign-in-${programmeId}`, programmeId, title }));
    }
    // Both are in the record before anyone looks: a list without B then means B is not shown, not not yet there.
    const listed = await eventually(
      () => system.as(leader).cycles.list.query(),
      (cycles) => cycles.length === 2,
      30_000,
    );
    expect(listed).toHaveLength(2);
  });

  afterEach(async (context) => {
    if (context.task.result?.state === 'fail')
      await system?.screenshotOpenPages(context.task.name.slice(0, 40));
  });

  afterAll(async () => {
    await system?.stop();
  });

  it('refuses a wrong password in words, signs in with the right one, shows only her programme, and signs out', async () => {
    const eva = developmentPerson(participant);
    const page = await system.newPage();
    await page.goto(`${system.panelUrl}/cycles`);
    await expect.poll(() => page.getByRole('heading', { name: 'Inloggen' }).isVisible()).toBe(true);
    // Nothing of the panel but the sign-in: no menu, no development banner.
    expect(await page.getByRole('navigation', { name: 'Hoofdmenu' }).count()).toBe(0);
    expect(await page.getByText(/^Ontwikkelmodus/).count()).toBe(0);
    await system.screenshot(page, 'sign-in-page');

    // A development pick left in this browser counts for nothing here, and is never sent.
    const developmentHeaders: string[] = [];
    page.on('request', (request) => {
      const header = request.headers()['x-leercyclus-user'];
      if (header !== undefined) developmentHeaders.push(header);
    });
    await page.evaluate("localStorage.setItem('leercyclus.devUser', 'anna.projectleider')");
    await page.reload();
    await expect.poll(() => page.getByRole('heading', { name: 'Inloggen' }).isVisible()).toBe(true);

    await page.getByLabel('E-mailadres').fill(eva.email);
    await page.getByLabel(/^Wachtwoord/).fill('niet mijn wachtwoord');
    await page.getByRole('button', { name: 'Inloggen' }).click();
    const refusal = page.getByRole('alert').filter({ hasText: 'Inloggen lukte niet' });
    await expect
      .poll(() => refusal.innerText())
      .toContain('Dit e-mailadres en wachtwoord horen niet bij elkaar.');
    await system.screenshot(page, 'sign-in-refused');

    await signIn(page, eva, passwordOf(participant));
    expect(developmentHeaders).toEqual([]);
    // Still at the address she came to, now as herself: programme A's cycle, not B's.
    expect(new URL(page.url()).pathname).toBe('/cycles');
    expect(await cyclesOnList(page)).toEqual({ a: 1, b: 0 });
    await system.screenshot(page, 'signed-in-participant');
    // B's cycle by its address: refused, its title never shown.
    await page.goto(`${system.panelUrl}/cycles/${programmeB}/1`);
    await expect.poll(() => page.getByRole('alert').isVisible()).toBe(true);
    expect(await page.getByRole('heading', { name: titleB }).count()).toBe(0);

    await page.getByRole('button', { name: `Account: ${eva.name}` }).click();
    await page.getByRole('menuitem', { name: 'Afmelden' }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'Inloggen' }).isVisible()).toBe(true);
    // The session is over on the server too: a reload still asks to sign in.
    await page.reload();
    await expect.poll(() => page.getByRole('heading', { name: 'Inloggen' }).isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: `Account: ${eva.name}` }).count()).toBe(0);
    expect(system.pageErrors).toEqual([]);
    await page.close();
  });

  it('says how long to wait once repeated wrong passwords lock the address', async () => {
    const chris = developmentPerson(monitor);
    const page = await system.newPage();
    await page.goto(`${system.panelUrl}/`);
    const lockedOut = page.getByText(/^Te veel mislukte pogingen\. Probeer het over \d+ seconden opnieuw\.$/);
    for (let attempt = 0; attempt <= lockout.failuresBeforeLock; attempt += 1) {
      await page.getByLabel('E-mailadres').fill(chris.email);
      await page.getByLabel(/^Wachtwoord/).fill(`fout ${attempt}`);
      await page.getByRole('button', { name: 'Inloggen' }).click();
      await expect.poll(() => page.getByRole('alert').isVisible()).toBe(true);
      if (await lockedOut.isVisible()) break;
    }
    await expect.poll(() => lockedOut.isVisible()).toBe(true);
    // The button waits as long as the API said.
    expect(await page.getByRole('button', { name: 'Inloggen' }).isDisabled()).toBe(true);
    await system.screenshot(page, 'sign-in-locked-out');
    expect(system.pageErrors).toEqual([]);
    await page.close();
  });

  it('lets the administrator add a person and grant a role on the Mensen page, after which that person signs in and sees the programme', async () => {
    const page = await system.pageAs(administrator);
    await page.goto(`${system.panelUrl}/`);
    await page.getByRole('navigation').getByRole('link', { name: 'Mensen' }).click();
    await page.waitForURL(/\/mensen$/);
    const everyone = page.getByRole('table', { name: 'Alle mensen, op naam' });
    // Badges are in capitals on the screen.
    await expect.poll(() => everyone.getByRole('row', { name: /Eva Smit/ }).innerText()).toMatch(/actief/i);

    await page.getByRole('button', { name: 'Persoon toevoegen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Persoon toevoegen' });
    await dialog.getByLabel('Naam').fill(newcomer.name);
    await dialog.getByLabel('Organisatie').fill(newcomer.organisation);
    // Someone else's address: the API refuses it, and says so beside the field.
    await dialog.getByLabel('E-mailadres').fill(developmentPerson(participant).email);
    await dialog.getByRole('button', { name: 'Toevoegen' }).click();
    const taken = 'Iemand anders heeft het e-mailadres eva@example.org al.';
    await expect.poll(() => dialog.getByText(taken).isVisible()).toBe(true);
    expect(await dialog.getByLabel('E-mailadres').getAttribute('aria-invalid')).toBe('true');
    await system.screenshot(page, 'people-add-refused');
    await dialog.getByLabel('E-mailadres').fill(newcomer.email);
    await dialog.getByRole('button', { name: 'Toevoegen' }).click();

    // The new person's page: their roles, and a password to give them.
    await expect.poll(() => page.getByRole('heading', { name: newcomer.name }).isVisible()).toBe(true);
    await expect.poll(() => page.getByText('Gert Hendriks heeft nog geen rol').isVisible()).toBe(true);
    await expect.poll(() => page.getByText('Gert Hendriks heeft geen tokens.').isVisible()).toBe(true);
    const grant = page.getByRole('group', { name: 'Rol toekennen' });
    await grant.getByLabel('Soort').selectOption({ label: 'Programma' });
    await grant.getByRole('textbox', { name: 'Code', exact: true }).fill(programmeA);
    await page.keyboard.press('Escape');
    await grant.getByLabel('Rol').selectOption({ label: 'deelnemer' });
    await grant.getByRole('button', { name: 'Rol toekennen' }).click();
    const roles = page.getByRole('table', { name: `De rollen van ${newcomer.name}` });
    await expect
      .poll(() => roles.getByRole('row', { name: new RegExp(programmeA) }).innerText())
      .toContain('deelnemer');

    const password = page.getByLabel('Nieuw wachtwoord');
    await password.fill('kort');
    await page.getByRole('button', { name: 'Wachtwoord instellen' }).click();
    await expect
      .poll(() => page.getByText('Een wachtwoord heeft minstens 12 tekens.').isVisible())
      .toBe(true);
    await password.fill(newcomerPassword);
    await page.getByRole('button', { name: 'Wachtwoord instellen' }).click();
    await expect
      .poll(() => page.getByText(`Het wachtwoord van ${newcomer.name} is ingesteld.`).isVisible())
      .toBe(true);
    await system.screenshot(page, 'people-person');

    const gert = await system.newPage();
    await gert.goto(`${system.panelUrl}/cycles`);
    await signIn(gert, newcomer, newcomerPassword);
    expect(await cyclesOnList(gert)).toEqual({ a: 1, b: 0 });
    // Not an administrator: no Mensen in his menu.
    expect(await gert.getByRole('navigation').getByRole('link', { name: 'Mensen' }).count()).toBe(0);
    await system.screenshot(gert, 'people-newcomer-signed-in');
    expect(system.pageErrors).toEqual([]);
    await Promise.all([page.close(), gert.close()]);
  });

  it('makes a personal token that works once shown, and revokes it', async () => {
    const page = await system.pageAs(leader);
    await page.goto(`${system.panelUrl}/`);
    await page.getByRole('button', { name: `Account: ${developmentPerson(leader).name}` }).click();
    await page.getByRole('menuitem', { name: 'Mijn tokens' }).click();
    await page.waitForURL(/\/mijn-tokens$/);
    await page.getByLabel('Naam').fill('rapportagescript');
    await page.getByRole('button', { name: 'Token aanmaken' }).click();
    const token = await page.getByTestId('new-token').innerText();
    expect(token).toMatch(/^lc_/);
    const tokens = page.getByRole('table', { name: 'Jouw tokens' });
    await expect
      .poll(() => tokens.getByRole('row', { name: /rapportagescript/ }).innerText())
      .toMatch(/geldig/i);
    await system.screenshot(page, 'tokens-created');

    // The token signs a script in as Anna, with her roles.
    const response = await fetch(`${system.apiUrl}/session.me`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(
      ((await response.json()) as { result: { data: { person: { id: string } } } }).result.data.person.id,
    ).toBe(leader);

    await tokens.getByRole('button', { name: 'Token rapportagescript intrekken' }).click();
    await expect
      .poll(() => tokens.getByRole('row', { name: /rapportagescript/ }).innerText())
      .toMatch(/ingetrokken/i);
    const revoked = await fetch(`${system.apiUrl}/session.me`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(((await revoked.json()) as { result: { data: unknown } }).result.data).toBeNull();
    expect(system.pageErrors).toEqual([]);
    await page.close();
  });
});
