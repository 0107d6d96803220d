import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Client } from '@temporalio/client';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApiServer, developmentHeader, sessionCookie } from '@leercyclus/api';
import { authSettings } from '@leercyclus/config';
import { createApiToken, createSignInLink, revokeApiToken, setPassword } from '@leercyclus/db';
import { developmentPeople, seedPeople } from '@leercyclus/db/testing';
import { testRecord, type TestRecord } from '../support/record.js';

const anna = developmentPeople.find((person) => person.id === 'anna.projectleider')!;
const bram = developmentPeople.find((person) => person.id === 'bram.coordinator')!;
const annasPassword = 'fietsen langs de Amstel';
const installation = { userId: 'system' };
const minute = 60_000;

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** One HTTP request as a browser or a script sends it, with exactly these headers. */
function send(
  url: string,
  method: string,
  path: string,
  options: { headers?: Record<string, string>; json?: unknown } = {},
): Promise<Answer> {
  const body = options.json === undefined ? undefined : JSON.stringify(options.json);
  return new Promise((resolve, reject) => {
    const call = request(
      `${url}${path}`,
      {
        method,
        headers: { ...(body ? { 'content-type': 'application/json' } : {}), ...options.headers },
      },
      (response) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (text += chunk));
        response.on('end', () =>
          resolve({ status: response.statusCode!, headers: response.headers, body: text }),
        );
      },
    );
    call.on('error', reject);
    call.end(body);
  });
}

/** The session cookie a response sets, as `name=value` for the next request's Cookie header. */
function sessionOf(answer: Answer): string {
  const set = [answer.headers['set-cookie'] ?? []].flat().find((c) => c.startsWith(`${sessionCookie}=`));
  if (!set) throw new Error(`no session cookie in ${answer.status} ${answer.body}`);
  return set.split(';')[0]!;
}

/** An API server on a free port over the record, with its clock in the test's hands. */
async function serve(
  record: TestRecord,
  env: NodeJS.ProcessEnv,
  clock: () => number,
): Promise<{ url: string; server: FastifyInstance }> {
  const server = await buildApiServer({
    temporal: new Client(),
    db: record.db,
    auth: authSettings(env),
    clock: () => Promise.resolve(clock()),
  });
  await server.listen({ port: 0, host: '127.0.0.1' });
  return { url: `http://127.0.0.1:${(server.server.address() as AddressInfo).port}`, server };
}

// Signing in reads and writes the record only: the API's Temporal client never connects.
describe('signing in to the API (AUTH=local)', () => {
  let record: TestRecord;
  let api: { url: string; server: FastifyInstance };
  let now = Date.now();

  const me = async (headers: Record<string, string>) => {
    const answer = await send(api.url, 'GET', '/trpc/session.me', { headers });
    expect(answer.status).toBe(200);
    return (JSON.parse(answer.body) as { result: { data: { person: { id: string }; via: string } | null } })
      .result.data;
  };
  const signIn = (email: string, password: string) =>
    send(api.url, 'POST', '/auth/local', { json: { email, password } });

  beforeAll(async () => {
    record = await testRecord();
    await seedPeople(record.db, developmentPeople);
    await setPassword(record.db, installation, anna.id, annasPassword);
    api = await serve(
      record,
      { AUTH: 'local', SESSION_IDLE_MINUTES: '60', SESSION_MAX_HOURS: '4' },
      () => now,
    );
  });
  afterAll(async () => {
    await api?.server.close();
    await record?.close();
  });

  it('says how it signs people in, and offers nobody to pick', async () => {
    const answer = await send(api.url, 'GET', '/auth/mode');
    expect(JSON.parse(answer.body)).toEqual({ mode: 'local' });
  });

  it('signs a person in with their password: an HttpOnly, SameSite session cookie, then session.me answers', async () => {
    const answer = await signIn('Anna@Example.org', annasPassword);
    expect(answer.status).toBe(204);
    const cookie = [answer.headers['set-cookie']].flat().join('; ');
    expect(cookie).toMatch(new RegExp(`^${sessionCookie}=[\\w-]{20,}`));
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).toMatch(/Path=\//);
    expect(cookie).not.toMatch(/Secure/);
    expect(await me({ cookie: sessionOf(answer) })).toMatchObject({
      person: { id: anna.id },
      via: 'session',
    });
    expect(await me({})).toBeNull();
  });

  it('refuses a wrong password or an unknown address alike, in Dutch', async () => {
    for (const [email, password] of [
      [anna.email, 'niet het wachtwoord'],
      ['niemand@example.org', annasPassword],
    ] as const) {
      const answer = await signIn(email, password);
      expect(answer.status).toBe(401);
      expect(JSON.parse(answer.body)).toEqual({
        message: 'Dit e-mailadres en wachtwoord horen niet bij elkaar.',
      });
      expect(answer.headers['set-cookie']).toBeUndefined();
    }
    const empty = await send(api.url, 'POST', '/auth/local', { json: { email: anna.email } });
    expect(empty.status).toBe(400);
    expect(JSON.parse(empty.body)).toMatchObject({ message: 'Vul je wachtwoord in.' });
  });

  it('locks an address after repeated failures, even against the right password, and says for how long', async () => {
    await setPassword(record.db, installation, bram.id, 'de juiste zin voor Bram');
    for (let attempt = 1; attempt <= 5; attempt++) {
      expect((await signIn(bram.email, `poging ${attempt} is fout`)).status).toBe(401);
    }
    const locked = await signIn(bram.email, 'de juiste zin voor Bram');
    expect(locked.status).toBe(429);
    const body = JSON.parse(locked.body) as { message: string; retryAfterSeconds: number };
    expect(body.retryAfterSeconds).toBeGreaterThan(0);
    expect(body.retryAfterSeconds).toBeLessThanOrEqual(60);
    expect(body.message).toMatch(/^Te veel mislukte pogingen/);
    expect(locked.headers['retry-after']).toBe(String(body.retryAfterSeconds));

    now += 2 * minute;
    expect((await signIn(bram.email, 'de juiste zin voor Bram')).status).toBe(204);
  });

  it('ends a session left idle too long, and one that reached its absolute limit however busy', async () => {
    const idle = sessionOf(await signIn(anna.email, annasPassword));
    now += 59 * minute;
    expect(await me({ cookie: idle })).toMatchObject({ person: { id: anna.id } });
    now += 61 * minute;
    expect(await me({ cookie: idle })).toBeNull();

    const busy = sessionOf(await signIn(anna.email, annasPassword));
    for (let hour = 0; hour < 3; hour++) {
      now += 50 * minute;
      expect(await me({ cookie: busy })).toMatchObject({ person: { id: anna.id } });
    }
    now += 50 * minute; // 3 h 20 min
    expect(await me({ cookie: busy })).toMatchObject({ person: { id: anna.id } });
    now += 50 * minute; // past 4 hours since signing in
    expect(await me({ cookie: busy })).toBeNull();
  });

  it('signs out: the session ends on the server, and the cookie is cleared', async () => {
    const session = sessionOf(await signIn(anna.email, annasPassword));
    const out = await send(api.url, 'POST', '/auth/signout', {
      headers: { cookie: session, origin: api.url },
    });
    expect(out.status).toBe(204);
    expect([out.headers['set-cookie']].flat().join('; ')).toMatch(
      new RegExp(`${sessionCookie}=;.*Expires=Thu, 01 Jan 1970`),
    );
    // A copy of the cookie kept elsewhere signs in as nobody any more.
    expect(await me({ cookie: session })).toBeNull();
  });

  it('signs in once with a one-time link, then says the link is used', async () => {
    const token = await createSignInLink(record.db, installation, anna.id, 10, new Date(now));
    const first = await send(api.url, 'GET', `/auth/link/${token}`);
    expect(first.status).toBe(303);
    expect(first.headers.location).toBe('/');
    expect(await me({ cookie: sessionOf(first) })).toMatchObject({ person: { id: anna.id }, via: 'session' });

    const again = await send(api.url, 'GET', `/auth/link/${token}`);
    expect(again.status).toBe(410);
    expect(again.headers['content-type']).toMatch(/^text\/html/);
    expect(again.body).toContain('Deze aanmeldlink is niet meer geldig');
    expect(again.headers['set-cookie']).toBeUndefined();

    const expired = await createSignInLink(record.db, installation, anna.id, 10, new Date(now));
    now += 11 * minute;
    expect((await send(api.url, 'GET', `/auth/link/${expired}`)).status).toBe(410);
  });

  it('signs a script in with a bearer token, until the token is revoked', async () => {
    const { id, token } = await createApiToken(
      record.db,
      installation,
      anna.id,
      { name: 'script', days: 30 },
      new Date(now),
    );
    const bearer = { authorization: `Bearer ${token}` };
    expect(await me(bearer)).toMatchObject({ person: { id: anna.id }, via: 'token' });
    // A script sends no Origin; a bearer token without the session cookie needs none.
    const unknown = await send(api.url, 'POST', '/trpc/tokens.revoke', {
      headers: bearer,
      json: { tokenId: 'geen' },
    });
    expect(unknown.status).toBe(404);

    await revokeApiToken(record.db, installation, anna.id, id);
    expect(await me(bearer)).toBeNull();
    expect(await me({ authorization: 'Bearer lc_verzonnen' })).toBeNull();
  });

  it('refuses a state-changing request with the session cookie from another origin, or from none', async () => {
    const session = sessionOf(await signIn(anna.email, annasPassword));
    const create = (headers: Record<string, string>) =>
      send(api.url, 'POST', '/trpc/tokens.create', {
        headers: { cookie: session, ...headers },
        json: { name: 'paneel' },
      });

    const foreign = await create({ origin: 'https://aanvaller.example' });
    expect(foreign.status).toBe(403);
    expect(JSON.parse(foreign.body)).toEqual({
      message: 'Dit verzoek komt niet van het controlepaneel van deze server en is geweigerd.',
    });
    expect((await create({})).status).toBe(403);
    expect((await create({ origin: 'null' })).status).toBe(403);
    expect((await create({ referer: 'https://aanvaller.example/pagina' })).status).toBe(403);
    // Signing out is state-changing too: a foreign page cannot sign a person out.
    const out = await send(api.url, 'POST', '/auth/signout', {
      headers: { cookie: session, origin: 'https://aanvaller.example' },
    });
    expect(out.status).toBe(403);

    // From the panel's own page (the API's own address), the same call goes through.
    const own = await create({ origin: api.url });
    expect(own.status).toBe(200);
    const made = JSON.parse(own.body) as { result: { data: { token: string } } };
    expect(made.result.data.token).toMatch(/^lc_/);
    expect((await create({ referer: `${api.url}/tokens` })).status).toBe(200);
  });

  it('answers only the host names it is configured for (DNS rebinding)', async () => {
    const port = new URL(api.url).port;
    const foreign = await send(api.url, 'GET', '/trpc/health', {
      headers: { host: `aanvaller.example:${port}` },
    });
    expect(foreign.status).toBe(421);
    const signInThere = await send(api.url, 'POST', '/auth/local', {
      headers: { host: 'aanvaller.example' },
      json: { email: anna.email, password: annasPassword },
    });
    expect(signInThere.status).toBe(421);
    expect(signInThere.headers['set-cookie']).toBeUndefined();
    expect(
      (await send(api.url, 'GET', '/auth/mode', { headers: { host: `localhost:${port}` } })).status,
    ).toBe(200);
  });

  it('ignores the development header', async () => {
    expect(await me({ [developmentHeader]: anna.id })).toBeNull();
    const session = sessionOf(await signIn(anna.email, annasPassword));
    expect(await me({ cookie: session, [developmentHeader]: bram.id })).toMatchObject({
      person: { id: anna.id },
    });
  });
});

describe('signing in behind https, and in development mode', () => {
  let record: TestRecord;
  const servers: FastifyInstance[] = [];

  beforeAll(async () => {
    record = await testRecord();
    await seedPeople(record.db, developmentPeople);
    await setPassword(record.db, installation, anna.id, annasPassword);
  });
  afterAll(async () => {
    for (const server of servers) await server.close();
    await record?.close();
  });

  it('sets a Secure cookie when the panel is served over https', async () => {
    const api = await serve(record, { AUTH: 'local', PUBLIC_URL: 'https://leercyclus.example.nl' }, Date.now);
    servers.push(api.server);
    const answer = await send(api.url, 'POST', '/auth/local', {
      headers: { origin: 'https://leercyclus.example.nl' },
      json: { email: anna.email, password: annasPassword },
    });
    expect(answer.status).toBe(204);
    expect([answer.headers['set-cookie']].flat().join('; ')).toMatch(/; Secure/);
  });

  it('in development mode, acts as the person the header names and offers the people to pick', async () => {
    const api = await serve(record, { AUTH: 'development' }, Date.now);
    servers.push(api.server);
    const mode = JSON.parse((await send(api.url, 'GET', '/auth/mode')).body) as {
      mode: string;
      developmentPeople: { id: string; name: string }[];
    };
    expect(mode.mode).toBe('development');
    expect(mode.developmentPeople).toContainEqual({ id: anna.id, name: anna.name });
    const answer = await send(api.url, 'GET', '/trpc/session.me', {
      headers: { [developmentHeader]: anna.id },
    });
    expect(JSON.parse(answer.body)).toMatchObject({
      result: { data: { person: { id: anna.id }, via: 'development' } },
    });
    const nobody = await send(api.url, 'GET', '/trpc/session.me', {
      headers: { [developmentHeader]: 'niemand' },
    });
    expect(JSON.parse(nobody.body)).toEqual({ result: { data: null } });
  });
});
