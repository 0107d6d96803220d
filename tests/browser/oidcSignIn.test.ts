import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { addDays, dateInZone } from '@leercyclus/domain';
import { oidcCallbackPath } from '@leercyclus/config';
import { users } from '@leercyclus/harness';
import { startTestProvider, type TestProvider } from '../support/oidcProvider.js';
import { startBrowserSystem, type BrowserSystem } from './support/system.js';

const own = { programmeId: 'oidc-eigen-programma', title: 'Eigen programma — cyclus 1' };
const other = { programmeId: 'oidc-ander-programma', title: 'Ander programma — cyclus 1' };

/** Who signs in, by the organisation's identity provider (the tests' oidc-provider on loopback). */
const accounts = {
  'anna@gemeente': { email: 'anna@example.org', email_verified: true, name: 'Anna de Vries' },
};

/** What `session.me` answers the page's own cookie: the signed-in person's id, or null. */
async function signedInAs(page: Page): Promise<string | null> {
  return page.evaluate(async () => {
    const response = await fetch('/trpc/session.me');
    const body = (await response.json()) as { result: { data: { person: { id: string } } | null } };
    return body.result.data?.person.id ?? null;
  });
}

describe('signing in through the organisation’s identity provider (AUTH=oidc), in Chromium', () => {
  let provider: TestProvider;
  let system: BrowserSystem;
  const today = dateInZone(new Date(), 'Europe/Amsterdam');

  beforeAll(async () => {
    provider = await startTestProvider(accounts);
    system = await startBrowserSystem({
      apiEnv: {
        AUTH: 'oidc',
        OIDC_ISSUER: provider.issuer,
        OIDC_CLIENT_ID: provider.clientId,
        OIDC_CLIENT_SECRET: provider.clientSecret,
      },
    });
    provider.serve([`${system.panelUrl}${oidcCallbackPath}`]);
    // Anna leads her own programme; another programme is Bram's alone.
    await system.grant([
      { personId: users.leader, scope: 'programme', scopeId: own.programmeId, role: 'projectLeader' },
      { personId: users.coordinator, scope: 'programme', scopeId: other.programmeId, role: 'projectLeader' },
    ]);
    const launch = (programme: typeof own, by: string) =>
      system.as(by).cycles.launch.mutate({
        requestId: `oidc-browser-${programme.programmeId}`,
        programmeId: programme.programmeId,
        number: 1,
        title: programme.title,
        startsOn: addDays(today, 1),
        districts: [{ name: 'West', weekday: 'thursday', startTime: '13:30', durationMinutes: 120 }],
      });
    await launch(own, users.leader);
    await launch(other, users.coordinator);
  });

  afterEach(async (context) => {
    if (context.task.result?.state === 'fail')
      await system?.screenshotOpenPages(context.task.name.slice(0, 40));
  });

  afterAll(async () => {
    await system?.stop();
    await provider?.stop();
  });

  it('signs Anna in at her organisation, shows her programme’s cycle only, and signs her out', async () => {
    const page = await system.newPage();
    await page.goto(`${system.panelUrl}/`);
    const organisationSignIn = page.getByRole('link', { name: 'Inloggen met je organisatie' });
    await expect.poll(() => organisationSignIn.isVisible()).toBe(true);
    await system.screenshot(page, 'oidc-sign-in-page');

    await organisationSignIn.click();
    await page.waitForURL((url) => url.origin === provider.issuer);
    await page.locator('input[name="login"]').fill('anna@gemeente');
    await page.locator('input[name="password"]').fill('het wachtwoord bij de gemeente');
    await system.screenshot(page, 'oidc-provider-login');
    await page.getByRole('button', { name: 'Sign-in' }).click();

    await page.waitForURL(`${system.panelUrl}/`);
    const account = page.getByRole('button', { name: 'Account: Anna de Vries' });
    await expect.poll(() => account.isVisible(), { timeout: 30_000 }).toBe(true);
    expect(await signedInAs(page)).toBe(users.leader);
    const running = page.getByRole('region', { name: 'Lopende leercycli' });
    await expect
      .poll(() => running.getByRole('link', { name: own.title }).isVisible(), { timeout: 60_000 })
      .toBe(true);
    expect(await running.getByRole('link', { name: other.title }).count()).toBe(0);
    await system.screenshot(page, 'oidc-signed-in');

    await account.click();
    await page.getByRole('menuitem', { name: 'Afmelden' }).click();
    await expect.poll(() => organisationSignIn.isVisible()).toBe(true);
    expect(await signedInAs(page)).toBeNull();
    // The session is over in the record too: a reload does not bring Anna back.
    await page.reload();
    await expect.poll(() => organisationSignIn.isVisible()).toBe(true);
    expect(system.pageErrors).toEqual([]);
  });
});
