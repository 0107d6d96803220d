import { desc, eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, Connection } from '@temporalio/client';
import { buildApiServer, sessionCookie } from '@leercyclus/api';
import { authSettings, defaultSessionLifetime } from '@leercyclus/config';
import { freePort } from '@leercyclus/harness';
import {
  findPersonByEmail,
  membershipsOf,
  resolveSession,
  tables,
  updatePerson,
  type Db,
} from '@leercyclus/db';
import { developmentPeople, seedPeople } from '@leercyclus/db/testing';
import { oidcApi, type OidcApi } from '../support/oidcApi.js';
import { signInAtProvider, startTestProvider, type TestProvider } from '../support/oidcProvider.js';
import { emptyRecord } from '../support/record.js';

const flowCookie = 'leercyclus_oidc';

/** The provider's accounts: anna and eva are people of the record; the others are not, or not as they claim. */
const accounts = {
  'anna-at-idp': { email: 'Anna@Example.org', email_verified: true, name: 'Anna de Vries' },
  'eva-at-idp': { email: 'eva@example.org', email_verified: true, name: 'Eva Smit' },
  'bram-at-idp': { email: 'bram@example.org', email_verified: true, name: 'Bram Jansen' },
  'unverified-at-idp': { email: 'chris@example.org', email_verified: false, name: 'Chris Bakker' },
  'newcomer-at-idp': { email: 'nina@example.org', email_verified: true, name: 'Nina Nieuw' },
};

/** A browser's start of sign-in: the provider's address it is sent to and the cookie it keeps meanwhile. */
interface Started {
  authorizationUrl: URL;
  cookie: string;
}

async function startSignIn(api: OidcApi, returnTo = '/'): Promise<Started> {
  const response = await fetch(`${api.origin}/auth/oidc/start?returnTo=${encodeURIComponent(returnTo)}`, {
    redirect: 'manual',
  });
  expect(response.status).toBe(302);
  const setCookie = response.headers.getSetCookie().find((line) => line.startsWith(`${flowCookie}=`));
  expect(setCookie).toBeDefined();
  return {
    authorizationUrl: new URL(response.headers.get('location')!),
    cookie: setCookie!.split(';')[0]!,
  };
}

interface Answer {
  status: number;
  location: string | null;
  page: string;
  /** The session the answer started, if any. */
  sessionId: string | null;
}

async function callback(callbackUrl: string, cookie: string | null): Promise<Answer> {
  const response = await fetch(callbackUrl, {
    redirect: 'manual',
    headers: cookie ? { cookie } : {},
  });
  const session = response.headers.getSetCookie().find((line) => line.startsWith(`${sessionCookie}=`));
  return {
    status: response.status,
    location: response.headers.get('location'),
    page: await response.text(),
    sessionId: session ? session.split(';')[0]!.slice(sessionCookie.length + 1) : null,
  };
}

/** Start, sign in at the provider as the account, and come back: the whole flow as a browser goes through it. */
async function signIn(api: OidcApi, account: string, returnTo = '/'): Promise<Answer> {
  const started = await startSignIn(api, returnTo);
  const back = await signInAtProvider(started.authorizationUrl.href, account, api.redirectUri);
  return callback(back, started.cookie);
}

describe('sign-in through an OpenID Provider (AUTH=oidc)', () => {
  let db: Db;
  let record: Awaited<ReturnType<typeof emptyRecord>> | undefined;
  let provider: TestProvider;
  let foreignProvider: TestProvider;
  /** By e-mail, the default. */
  let api: OidcApi;
  /** Another instance with the same client: new people get in. */
  let provisioning: OidcApi;
  /** Another instance matching by subject. */
  let bySubject: OidcApi;
  const servers: FastifyInstance[] = [];

  const whoIs = async (sessionId: string | null) =>
    sessionId === null
      ? null
      : ((await resolveSession(db, sessionId, new Date(), defaultSessionLifetime))?.person.id ?? null);

  /** The audit log's latest refused sign-in. */
  const lastRefusal = async () => {
    const [row] = await db
      .select()
      .from(tables.auditLog)
      .where(eq(tables.auditLog.action, 'signInRefused'))
      .orderBy(desc(tables.auditLog.id))
      .limit(1);
    return row;
  };

  beforeAll(async () => {
    record = await emptyRecord();
    db = record.db;
    await seedPeople(db, developmentPeople);
    await updatePerson(db, { userId: 'system' }, 'bram.coordinator', { active: false });
    provider = await startTestProvider(accounts);
    foreignProvider = await startTestProvider(accounts);
    const env = {
      OIDC_ISSUER: provider.issuer,
      OIDC_CLIENT_ID: provider.clientId,
      OIDC_CLIENT_SECRET: provider.clientSecret,
    };
    api = await oidcApi(db, env);
    provisioning = await oidcApi(db, {
      ...env,
      OIDC_AUTO_PROVISION: 'true',
      OIDC_ORGANISATION: 'Gemeente',
    });
    bySubject = await oidcApi(db, { ...env, OIDC_MATCH: 'subject' });
    const redirectUris = [api, provisioning, bySubject].map((each) => each.redirectUri);
    provider.serve(redirectUris);
    foreignProvider.serve(redirectUris);
    for (const each of [api, provisioning, bySubject]) servers.push(await each.start());
  });

  afterAll(async () => {
    for (const server of servers) await server.close();
    await provider?.stop();
    await foreignProvider?.stop();
    await record?.close();
  });

  it('signs a person of the record in with PKCE, state and nonce, and lands where they were going', async () => {
    const started = await startSignIn(api, '/programmes/proeftuin?tab=cycli');
    const params = started.authorizationUrl.searchParams;
    expect(started.authorizationUrl.origin).toBe(provider.issuer);
    expect(params.get('code_challenge_method')).toBe('S256');
    expect(params.get('code_challenge')).toMatch(/^[\w-]{43}$/);
    expect(params.get('state')).toBeTruthy();
    expect(params.get('nonce')).toBeTruthy();
    expect(params.get('redirect_uri')).toBe(api.redirectUri);
    // What is in flight is the browser's own business: not readable by scripts, sent back to the callback only.
    const flow = started.cookie.slice(flowCookie.length + 1);
    expect(flow).not.toContain(params.get('state'));

    const back = await signInAtProvider(started.authorizationUrl.href, 'anna-at-idp', api.redirectUri);
    const answer = await callback(back, started.cookie);
    expect(answer.status).toBe(303);
    expect(answer.location).toBe('/programmes/proeftuin?tab=cycli');
    expect(await whoIs(answer.sessionId)).toBe('anna.projectleider');
  });

  it('keeps the in-flight cookie HttpOnly, SameSite=Lax and on the callback path only', async () => {
    const response = await fetch(`${api.origin}/auth/oidc/start`, { redirect: 'manual' });
    const line = response.headers.getSetCookie().find((each) => each.startsWith(`${flowCookie}=`))!;
    expect(line).toMatch(/HttpOnly/i);
    expect(line).toMatch(/SameSite=Lax/i);
    expect(line).toMatch(/Path=\/auth\/oidc\/callback/i);
    expect(line).toMatch(/Max-Age=600/i);
  });

  it('never sends anyone elsewhere after signing in: a foreign returnTo lands on the start page', async () => {
    for (const returnTo of ['https://evil.example/', '//evil.example/x', '/\\evil.example']) {
      const answer = await signIn(api, 'eva-at-idp', returnTo);
      expect(answer.status, returnTo).toBe(303);
      expect(answer.location, returnTo).toBe('/');
    }
  });

  describe('refuses, signs nobody in, and audits', () => {
    const refusedWithoutSession = (answer: Answer, status = 400) => {
      expect(answer.status).toBe(status);
      expect(answer.sessionId).toBeNull();
      expect(answer.page).toContain('Inloggen lukte niet');
    };

    it('a callback whose state was tampered with', async () => {
      const started = await startSignIn(api);
      const back = new URL(
        await signInAtProvider(started.authorizationUrl.href, 'anna-at-idp', api.redirectUri),
      );
      back.searchParams.set('state', `${back.searchParams.get('state')}x`);
      const answer = await callback(back.href, started.cookie);
      refusedWithoutSession(answer);
      expect(answer.page).toContain('kon niet bevestigen wie je bent');
      expect(await lastRefusal()).toMatchObject({
        actor: 'anonymous',
        recordId: 'unknown',
        details: { via: 'oidc', reason: 'notConfirmed' },
      });
    });

    it("a code issued for another sign-in's nonce", async () => {
      const started = await startSignIn(api);
      const forged = new URL(started.authorizationUrl);
      forged.searchParams.set('nonce', 'a-nonce-of-another-sign-in');
      const back = await signInAtProvider(forged.href, 'anna-at-idp', api.redirectUri);
      refusedWithoutSession(await callback(back, started.cookie));
      expect(await lastRefusal()).toMatchObject({
        details: { reason: 'notConfirmed', error: 'OAUTH_JWT_CLAIM_COMPARISON_FAILED' },
      });
    });

    it("a callback presented with another sign-in's cookie", async () => {
      const mine = await startSignIn(api);
      const theirs = await startSignIn(api);
      const back = await signInAtProvider(theirs.authorizationUrl.href, 'anna-at-idp', api.redirectUri);
      refusedWithoutSession(await callback(back, mine.cookie));
    });

    it('a code issued for another code challenge (PKCE)', async () => {
      const started = await startSignIn(api);
      const forged = new URL(started.authorizationUrl);
      forged.searchParams.set('code_challenge', 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM');
      const back = await signInAtProvider(forged.href, 'anna-at-idp', api.redirectUri);
      refusedWithoutSession(await callback(back, started.cookie));
      expect(await lastRefusal()).toMatchObject({
        details: { reason: 'notConfirmed', error: 'invalid_grant' },
      });
    });

    it('a callback replayed, here and at another instance of the API', async () => {
      const started = await startSignIn(api);
      const back = await signInAtProvider(started.authorizationUrl.href, 'eva-at-idp', api.redirectUri);
      expect((await callback(back, started.cookie)).status).toBe(303);

      const again = await callback(back, started.cookie);
      refusedWithoutSession(again);
      expect(again.page).toContain('verlopen of al gebruikt');

      // Another instance never saw the flow (its key is the same): the provider refuses the used code.
      const elsewhere = new URL(back);
      elsewhere.host = new URL(provisioning.origin).host;
      refusedWithoutSession(await callback(elsewhere.href, started.cookie));
      expect(await lastRefusal()).toMatchObject({ details: { error: 'invalid_grant' } });
    });

    it('an expired code', async () => {
      provider.codeTtlSeconds = 1;
      try {
        const started = await startSignIn(api);
        const back = await signInAtProvider(started.authorizationUrl.href, 'anna-at-idp', api.redirectUri);
        await new Promise((resolve) => setTimeout(resolve, 2_100));
        refusedWithoutSession(await callback(back, started.cookie));
        expect(await lastRefusal()).toMatchObject({ details: { error: 'invalid_grant' } });
      } finally {
        provider.codeTtlSeconds = 60;
      }
    });

    it("a foreign issuer's answer (mix-up): signed in at another provider with this sign-in's parameters", async () => {
      const started = await startSignIn(api);
      const foreign = new URL(started.authorizationUrl.pathname, foreignProvider.issuer);
      foreign.search = started.authorizationUrl.search;
      const back = await signInAtProvider(foreign.href, 'anna-at-idp', api.redirectUri);
      expect(new URL(back).searchParams.get('iss')).toBe(foreignProvider.issuer);
      refusedWithoutSession(await callback(back, started.cookie));
      // Without the issuer in the answer, the code is still foreign to the configured provider.
      const started2 = await startSignIn(api);
      const foreign2 = new URL(started2.authorizationUrl.pathname, foreignProvider.issuer);
      foreign2.search = started2.authorizationUrl.search;
      const back2 = new URL(await signInAtProvider(foreign2.href, 'anna-at-idp', api.redirectUri));
      back2.searchParams.delete('iss');
      refusedWithoutSession(await callback(back2.href, started2.cookie));
    });

    it('a sign-in cancelled at the provider', async () => {
      const started = await startSignIn(api);
      const back = await signInAtProvider(started.authorizationUrl.href, 'anna-at-idp', api.redirectUri, {
        cancel: true,
      });
      expect(new URL(back).searchParams.get('error')).toBe('access_denied');
      const answer = await callback(back, started.cookie);
      refusedWithoutSession(answer);
      expect(answer.page).toContain('afgebroken');
      expect(await lastRefusal()).toMatchObject({ details: { reason: 'cancelled', error: 'access_denied' } });
    });

    it('a callback without its cookie, or with the cookie altered', async () => {
      const started = await startSignIn(api);
      const back = await signInAtProvider(started.authorizationUrl.href, 'anna-at-idp', api.redirectUri);
      refusedWithoutSession(await callback(back, null));
      const altered = started.cookie.slice(0, -3) + (started.cookie.endsWith('AAA') ? 'BBB' : 'AAA');
      refusedWithoutSession(await callback(back, altered));
      expect(await lastRefusal()).toMatchObject({ details: { reason: 'expired' } });
    });

    it('someone the provider knows but the record does not, with a Dutch page', async () => {
      const answer = await signIn(api, 'newcomer-at-idp');
      refusedWithoutSession(answer, 403);
      expect(answer.page).toContain('nog niet toegevoegd aan Leercyclus');
      expect(await lastRefusal()).toMatchObject({
        details: {
          reason: 'unknownPerson',
          email: 'nina@example.org',
          subject: 'newcomer-at-idp',
          issuer: provider.issuer,
        },
      });
      expect(await findPersonByEmail(db, 'nina@example.org')).toBeNull();
    });

    it('a person who is no longer active', async () => {
      const answer = await signIn(api, 'bram-at-idp');
      refusedWithoutSession(answer, 403);
      expect(answer.page).toContain('niet actief');
      expect(await lastRefusal()).toMatchObject({
        actor: 'bram.coordinator',
        recordId: 'bram.coordinator',
        details: { reason: 'inactivePerson' },
      });
    });

    it('an e-mail address the provider does not vouch for', async () => {
      const answer = await signIn(api, 'unverified-at-idp');
      refusedWithoutSession(answer, 403);
      expect(await lastRefusal()).toMatchObject({ details: { reason: 'emailNotVerified' } });
    });
  });

  it('starts while the provider is away, and says so to whoever signs in meanwhile', async () => {
    const away = await oidcApi(db, {
      OIDC_ISSUER: `http://127.0.0.1:${await freePort()}`,
      OIDC_CLIENT_ID: provider.clientId,
      OIDC_CLIENT_SECRET: provider.clientSecret,
    });
    const server = await away.start();
    try {
      const response = await fetch(`${away.origin}/auth/oidc/start`, { redirect: 'manual' });
      expect(response.status).toBe(502);
      expect(await response.text()).toContain('nu niet bereikbaar');
      expect(response.headers.getSetCookie()).toEqual([]);
    } finally {
      await server.close();
    }
  });

  it('offers no sign-in through a provider unless AUTH=oidc', async () => {
    const temporal = new Client({ connection: Connection.lazy({ address: '127.0.0.1:1' }) });
    const server = await buildApiServer({ temporal, db, auth: authSettings({ AUTH: 'local' }) });
    try {
      for (const url of ['/auth/oidc/start', '/auth/oidc/callback?code=x&state=y']) {
        expect((await server.inject({ url, headers: { host: '127.0.0.1' } })).statusCode, url).toBe(404);
      }
    } finally {
      await server.close();
    }
  });

  it('with OIDC_AUTO_PROVISION, makes a newcomer a person without memberships', async () => {
    const answer = await signIn(provisioning, 'newcomer-at-idp');
    expect(answer.status).toBe(303);
    const person = await findPersonByEmail(db, 'nina@example.org');
    expect(person).toMatchObject({ name: 'Nina Nieuw', organisation: 'Gemeente', active: true });
    expect(await whoIs(answer.sessionId)).toBe(person!.id);
    expect(await membershipsOf(db, person!.id)).toEqual([]);
    // Still nobody with an unverified address.
    refusedLater(await signIn(provisioning, 'unverified-at-idp'));
  });

  it('with OIDC_MATCH=subject, links on the first sign-in and keeps finding the person by subject', async () => {
    const first = await signIn(bySubject, 'eva-at-idp');
    expect(await whoIs(first.sessionId)).toBe('eva.deelnemer');
    await updatePerson(db, { userId: 'system' }, 'eva.deelnemer', { email: 'eva.smit@example.org' });
    const later = await signIn(bySubject, 'eva-at-idp');
    expect(await whoIs(later.sessionId)).toBe('eva.deelnemer');
    // Matching by e-mail no longer finds her: the address at the provider is not hers in the record any more.
    refusedLater(await signIn(api, 'eva-at-idp'), 403);
  });
});

function refusedLater(answer: Answer, status = 403): void {
  expect(answer.status).toBe(status);
  expect(answer.sessionId).toBeNull();
}
