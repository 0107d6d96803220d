import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client, Connection } from '@temporalio/client';
import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApiServer, developmentHeader, sessionCookie, type ApiServerOptions } from '@leercyclus/api';
import { apiLimits, authSettings, type ApiLimits } from '@leercyclus/config';
import { createApiToken, openDatabase, revokeApiToken, tables, type Database, type Db } from '@leercyclus/db';
import {
  backends,
  developmentPeople,
  openTestDatabase,
  seedPeople,
  silentServer,
  type SilentServer,
  type TestDatabase,
} from '@leercyclus/db/testing';
import { maxCallsPerBatch } from '@leercyclus/domain';
import { eventually } from '../support/api.js';
import { launchInput } from '../support/launches.js';
import { grantParts, people } from '../support/people.js';
import { testRecord, type TestRecord } from '../support/record.js';
import { useSystem } from '../support/system.js';

/**
 * The probes a reviewer runs against the API, over plain HTTP as any client (or attacker) sends it: who a request
 * claims to be, another programme's records, requests built to be expensive, a database that hangs, what an
 * internal error gives away, and the security headers. The probe that the runtime database role cannot change or
 * remove audit entries needs a login role on the Postgres server: packages/db/src/auditChain/runtimeRole.test.ts.
 */

const { leader, coordinator, monitor, participant } = people;
const installation = { userId: 'system' };

interface Answer {
  status: number;
  headers: Headers;
  text: string;
}

async function send(url: string, init: RequestInit = {}): Promise<Answer> {
  const response = await fetch(url, { ...init, signal: init.signal ?? AbortSignal.timeout(30_000) });
  return { status: response.status, headers: response.headers, text: await response.text() };
}

/** A tRPC query as the wire carries it: GET with the input in the address. */
function query(origin: string, path: string, input?: unknown, headers: Record<string, string> = {}) {
  const search = input === undefined ? '' : `?input=${encodeURIComponent(JSON.stringify(input))}`;
  return send(`${origin}/trpc/${path}${search}`, { headers });
}

/** A tRPC mutation as the wire carries it: POST with the input as the JSON body. */
function mutation(origin: string, path: string, input: unknown, headers: Record<string, string> = {}) {
  return send(`${origin}/trpc/${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(input),
  });
}

interface TrpcError {
  message: string;
  data: { code: string; httpStatus: number; correlationId?: string; retryAfterSeconds?: number };
}

function errorOf(answer: Answer): TrpcError {
  return (JSON.parse(answer.text) as { error: TrpcError }).error;
}

const as = (personId: string) => ({ [developmentHeader]: personId });

/** The API on a free loopback port, on a record, its Temporal client never connecting unless given one. */
async function serve(
  db: Db,
  env: NodeJS.ProcessEnv,
  options: ApiServerOptions & { temporal?: Client } = {},
): Promise<{ origin: string; server: FastifyInstance }> {
  const { temporal = new Client({ connection: Connection.lazy({ address: '127.0.0.1:1' }) }), ...rest } =
    options;
  const server = await buildApiServer({ temporal, db, auth: authSettings(env) }, rest);
  await server.listen({ port: 0, host: '127.0.0.1' });
  return { origin: `http://127.0.0.1:${(server.server.address() as AddressInfo).port}`, server };
}

/** Fastify's log as lines, for what an answer must leave out and the log must hold. */
function capturedLog(): { lines: string[]; logger: ApiServerOptions['logger'] } {
  const lines: string[] = [];
  return { lines, logger: { level: 'info', stream: { write: (line: string) => void lines.push(line) } } };
}

function limitsWith(rates: Partial<ApiLimits['rates']>): ApiLimits {
  const none = { signInPerAddress: 0, signInPerPerson: 0, writesPerAddress: 0, writesPerPerson: 0 };
  return { ...apiLimits({}), rates: { ...none, ...rates } };
}

describe('who a request says it is', () => {
  let record: TestRecord;
  let local: { origin: string; server: FastifyInstance };
  let oidc: { origin: string; server: FastifyInstance };
  let revokedToken: string;

  const me = async (origin: string, headers: Record<string, string>) =>
    (
      JSON.parse((await query(origin, 'session.me', undefined, headers)).text) as {
        result: { data: unknown };
      }
    ).result.data;

  beforeAll(async () => {
    record = await testRecord();
    await seedPeople(record.db, developmentPeople);
    local = await serve(record.db, { AUTH: 'local' });
    oidc = await serve(record.db, {
      AUTH: 'oidc',
      OIDC_ISSUER: 'https://login.example.nl/leercyclus',
      OIDC_CLIENT_ID: 'leercyclus',
      OIDC_CLIENT_SECRET: 'geheim van de organisatie',
    });
    const token = await createApiToken(record.db, installation, leader, { name: 'script', days: 30 });
    await revokeApiToken(record.db, installation, leader, token.id);
    revokedToken = token.token;
  });
  afterAll(async () => {
    await local?.server.close();
    await oidc?.server.close();
    await record?.close();
  });

  it('ignores the development header outside development mode (AUTH=local and AUTH=oidc)', async () => {
    for (const { origin } of [local, oidc]) {
      expect(await me(origin, as(leader))).toBeNull();
      const write = await mutation(origin, 'tokens.create', { name: 'van een ander' }, as(leader));
      expect(errorOf(write).data.code).toBe('UNAUTHORIZED');
    }
    expect(await record.db.$count(tables.apiTokens)).toBe(1);
  });

  it('signs in nobody with a forged session cookie', async () => {
    // From the panel's own page, so the cross-site check lets it through and the cookie itself is judged.
    const forged = { cookie: `${sessionCookie}=${'A'.repeat(43)}`, origin: local.origin };
    expect(await me(local.origin, forged)).toBeNull();
    expect(errorOf(await mutation(local.origin, 'tokens.create', { name: 'x' }, forged)).data.code).toBe(
      'UNAUTHORIZED',
    );
  });

  it('signs in nobody with a revoked token', async () => {
    const bearer = { authorization: `Bearer ${revokedToken}` };
    expect(await me(local.origin, bearer)).toBeNull();
    const refused = await query(local.origin, 'tokens.list', undefined, bearer);
    expect(refused.status).toBe(401);
    expect(errorOf(refused).data.code).toBe('UNAUTHORIZED');
  });
});

describe("another programme's records", () => {
  const system = useSystem('devServer', { api: true });
  const programmeA = 'veilig-a';
  const programmeB = 'veilig-b';
  const secrets = {
    title: 'Cyclus van B die A niet ziet',
    question: 'Welke afspraak maakt B met de huisarts over de wachtlijst?',
    caseCode: 'B-2026-017',
  };
  const ofB = { programmeId: programmeB, number: 1 };
  let origin: string;

  beforeAll(async () => {
    origin = new URL(system.api.url).origin;
    // Everyone has their usual part in A; in B only the project leader and the monitor, and Eva takes part.
    await grantParts(system.record.db, { programmes: [programmeA] });
    await seedPeople(system.record.db, developmentPeople, [
      { personId: leader, scope: 'programme', scopeId: programmeB, role: 'projectLeader' },
      { personId: monitor, scope: 'programme', scopeId: programmeB, role: 'monitor' },
      { personId: participant, scope: 'programme', scopeId: programmeB, role: 'participant' },
    ]);
    const anna = system.api.as(leader);
    await anna.programmes.create.mutate({
      id: programmeB,
      name: 'Programma B',
      projectLeader: leader,
      districts: ['West'],
      managementTable: 'mt-b',
    });
    await anna.cycles.launch.mutate(launchInput(new Date(), { ...ofB, title: secrets.title }));
    const chris = system.api.as(monitor);
    await chris.cycles.addQuestion.mutate({
      ...ofB,
      text: secrets.question,
      raisedIn: 'learningSession',
      district: 'West',
      level: 'practice',
      category: 'collaborationWithPartners',
    });
    await chris.cases.register.mutate({
      programmeId: programmeB,
      code: secrets.caseCode,
      district: 'West',
      novelty: 'new',
      ageGroup: '4-11',
      themes: ['separationConflict'],
      broughtInBy: { organisation: 'SWT West', role: 'gezinscoach' },
      methodSteps: ['genogram'],
      counterfactual: { care: 'youthMentalHealthCare' },
      doneInstead: ['ownEffortSwt'],
      notes: null,
    });
    // B's own people read it all, from the workflow and from the record.
    expect((await anna.cycles.get.query(ofB)).title).toBe(secrets.title);
    const agenda = await eventually(
      () => chris.agenda.search.query({ programmeId: programmeB }),
      (questions) => questions.length === 1,
    );
    expect(agenda[0]!.text).toBe(secrets.question);
  });

  const leaks = (answer: Answer) => Object.values(secrets).filter((secret) => answer.text.includes(secret));

  it("answers a coordinator of A who asks for B's cycle, agenda or cases as if they did not exist", async () => {
    for (const [path, input] of [
      ['cycles.get', ofB],
      ['agenda.byCategory', { programmeId: programmeB }],
      ['cases.stats', { programmeId: programmeB }],
      ['programmes.get', { id: programmeB }],
    ] as const) {
      const answer = await query(origin, path, input, as(coordinator));
      expect(answer.status, path).toBe(404);
      expect(errorOf(answer).data.code, path).toBe('NOT_FOUND');
      expect(leaks(answer), path).toEqual([]);
    }
  });

  it('lists nothing of B to a coordinator of A, even when asked for B by name', async () => {
    for (const [path, input] of [
      ['cycles.list', undefined],
      ['agenda.search', {}],
      ['agenda.search', { programmeId: programmeB }],
      ['agenda.search', { cycleId: `cycle/${programmeB}/1` }],
    ] as const) {
      const answer = await query(origin, path, input, as(coordinator));
      expect(answer.status, path).toBe(200);
      expect(leaks(answer), path).toEqual([]);
    }
  });

  it("refuses a participant of B the cases, which are for B's monitors and project leader", async () => {
    const answer = await query(origin, 'cases.stats', { programmeId: programmeB }, as(participant));
    expect(answer.status).toBe(403);
    expect(errorOf(answer).data.code).toBe('FORBIDDEN');
    expect(leaks(answer)).toEqual([]);
  });

  it('writes nothing into B for a coordinator of A', async () => {
    const answer = await mutation(
      origin,
      'cycles.addQuestion',
      {
        ...ofB,
        text: 'Een vraag van buiten',
        raisedIn: 'learningSession',
        level: 'practice',
        category: 'safety',
      },
      as(coordinator),
    );
    expect(errorOf(answer).data.code).toBe('NOT_FOUND');
    expect((await system.api.as(leader).cycles.get.query(ofB)).questions).toHaveLength(1);
  });
});

describe('requests built to be expensive', () => {
  let record: TestRecord;
  let api: { origin: string; server: FastifyInstance };
  let limited: { origin: string; server: FastifyInstance };
  const proxy = (address: string) => ({ 'x-forwarded-for': address });

  beforeAll(async () => {
    record = await testRecord();
    await seedPeople(record.db, developmentPeople);
    api = await serve(record.db, { AUTH: 'development' }, { limits: limitsWith({}) });
    // The test's own requests stand for many clients: it is the proxy that names them.
    limited = await serve(
      record.db,
      { AUTH: 'development' },
      {
        limits: limitsWith({
          signInPerAddress: 3,
          signInPerPerson: 2,
          writesPerAddress: 4,
          writesPerPerson: 3,
        }),
        trustProxy: ['127.0.0.1'],
      },
    );
  });
  afterAll(async () => {
    await api?.server.close();
    await limited?.server.close();
    await record?.close();
  });

  it(`refuses a batch of more than ${maxCallsPerBatch} calls before running any of them`, async () => {
    const batch = (size: number) => {
      const paths = Array.from({ length: size }, () => 'health').join(',');
      return send(`${api.origin}/trpc/${paths}?batch=1`);
    };
    expect((await batch(maxCallsPerBatch)).status).toBe(200);
    const tooMany = await batch(maxCallsPerBatch + 1);
    expect(tooMany.status).toBe(400);
    expect(tooMany.text).toMatch(/Batch call exceeds maximum size/);

    const names = Array.from({ length: maxCallsPerBatch + 1 }, (_, n) => ({ name: `token ${n}` }));
    const writes = await send(`${api.origin}/trpc/${names.map(() => 'tokens.create').join(',')}?batch=1`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...as(leader) },
      body: JSON.stringify(Object.fromEntries(names.map((input, n) => [n, input]))),
    });
    expect(writes.status).toBe(400);
    expect(await record.db.$count(tables.apiTokens)).toBe(0);
  });

  it('answers 413 to a body over the limit, on /trpc and on sign-in, and writes nothing', async () => {
    const huge = { name: 'x'.repeat(apiLimits({}).bodyLimitBytes) };
    const tooLarge = await mutation(api.origin, 'tokens.create', huge, as(leader));
    expect(tooLarge.status).toBe(413);
    expect(JSON.parse(tooLarge.text)).toEqual({
      message: 'Dit verzoek is groter dan de server aanneemt (hoogstens 1024 kB).',
    });
    const signIn = await send(`${api.origin}/auth/local`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'anna@example.org', password: huge.name }),
    });
    expect(signIn.status).toBe(413);
    expect(await record.db.$count(tables.apiTokens)).toBe(0);
  });

  it('limits sign-in attempts per address, with a Dutch 429 and Retry-After', async () => {
    const attempt = (email: string) =>
      send(`${limited.origin}/auth/local`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...proxy('203.0.113.7') },
        body: JSON.stringify({ email, password: 'geraden' }),
      });
    for (const n of [1, 2, 3]) expect((await attempt(`iemand${n}@example.org`)).status).toBe(401);
    const refused = await attempt('nog.iemand@example.org');
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((JSON.parse(refused.text) as { message: string }).message).toMatch(
      /^Te veel aanmeldpogingen\. Probeer het over \d+ seconden? opnieuw\.$/,
    );
    // Another address is not held back; how to sign in is always answered.
    expect((await send(`${limited.origin}/auth/mode`, { headers: proxy('203.0.113.7') })).status).toBe(200);
  });

  it('limits password attempts per e-mail address, from however many addresses they come', async () => {
    const attempt = (address: string) =>
      send(`${limited.origin}/auth/local`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...proxy(address) },
        body: JSON.stringify({ email: 'Bram@Example.org', password: `poging van ${address}` }),
      });
    expect((await attempt('198.51.100.1')).status).toBe(401);
    expect((await attempt('198.51.100.2')).status).toBe(401);
    const refused = await attempt('198.51.100.3');
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toMatch(/^\d+$/);
  });

  it('limits writes per address, whoever makes them', async () => {
    const office = proxy('192.0.2.200');
    const revoke = (personId: string) =>
      mutation(limited.origin, 'tokens.revoke', { tokenId: 'geen' }, { ...as(personId), ...office });
    // Four writes refused by the record (no such token) still count.
    for (const personId of [leader, coordinator, monitor, participant])
      expect(errorOf(await revoke(personId)).data.code, personId).toBe('NOT_FOUND');
    const fifth = await revoke(people.administrator);
    expect(fifth.status).toBe(429);
    const error = errorOf(fifth);
    expect(error.data.code).toBe('TOO_MANY_REQUESTS');
    expect(error.message).toMatch(
      /^Te veel wijzigingen kort na elkaar\. Probeer het over \d+ seconden? opnieuw\.$/,
    );
    expect(error.data.retryAfterSeconds).toBeGreaterThan(0);
    expect(fifth.headers.get('retry-after')).toBe(String(error.data.retryAfterSeconds));
    // Reads go on.
    expect((await query(limited.origin, 'session.me', undefined, { ...as(leader), ...office })).status).toBe(
      200,
    );
  });

  it('limits writes per person over all their addresses', async () => {
    const revoke = (address: string) =>
      mutation(
        limited.origin,
        'tokens.revoke',
        { tokenId: 'geen' },
        { ...as(people.management), ...proxy(address) },
      );
    for (const n of [1, 2, 3]) expect(errorOf(await revoke(`192.0.2.${n}`)).data.code).toBe('NOT_FOUND');
    const fourth = await revoke('192.0.2.4');
    expect(fourth.status).toBe(429);
    expect(errorOf(fourth).data.code).toBe('TOO_MANY_REQUESTS');
  });

  it('counts each call of a batch of writes', async () => {
    // Frank has one write counted already (the office's fifth); a batch of two makes three.
    const frank = as(people.administrator);
    const batch = await send(`${limited.origin}/trpc/tokens.revoke,tokens.revoke?batch=1`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...frank, ...proxy('192.0.2.50') },
      body: JSON.stringify({ 0: { tokenId: 'a' }, 1: { tokenId: 'b' } }),
    });
    const calls = JSON.parse(batch.text) as { error: TrpcError }[];
    expect(calls.map((call) => call.error.data.code)).toEqual(['NOT_FOUND', 'NOT_FOUND']);
    const next = await mutation(
      limited.origin,
      'tokens.revoke',
      { tokenId: 'c' },
      { ...frank, ...proxy('192.0.2.51') },
    );
    expect(errorOf(next).data.code).toBe('TOO_MANY_REQUESTS');
  });
});

describe('a database that hangs', () => {
  let silent: SilentServer;
  let hanging: Database;
  let api: { origin: string; server: FastifyInstance };

  beforeAll(async () => {
    silent = await silentServer();
    hanging = await openDatabase({
      databaseUrl: silent.databaseUrl,
      timeouts: { connectMs: 1_000, statementMs: 1_000 },
    });
    api = await serve(hanging.db, { AUTH: 'development' });
  });
  afterAll(async () => {
    await api?.server.close();
    await hanging?.close();
    await silent?.close();
  });

  it('answers SERVICE_UNAVAILABLE naming the record, instead of holding the call', async () => {
    const answer = await query(api.origin, 'cycles.list', undefined, as(leader));
    expect(answer.status).toBe(503);
    expect(errorOf(answer)).toMatchObject({
      data: { code: 'SERVICE_UNAVAILABLE' },
      message: 'The record (database) cannot be reached right now; try again in a minute.',
    });
  });

  it('is not ready while the record does not answer, and says so; it lives all the same', async () => {
    const ready = await send(`${api.origin}/readyz`);
    expect(ready.status).toBe(503);
    expect(JSON.parse(ready.text)).toMatchObject({ ready: false, record: 'unreachable' });
    expect((await send(`${api.origin}/healthz`)).status).toBe(200);
  });
});

describe.each(backends)('what an internal error gives away (%s)', (backend) => {
  let database: TestDatabase;
  let api: { origin: string; server: FastifyInstance };
  const log = capturedLog();
  let token: string;

  beforeAll(async () => {
    database = await openTestDatabase(backend);
    await seedPeople(database.db, developmentPeople);
    token = (await createApiToken(database.db, installation, leader, { name: 'script', days: 30 })).token;
    api = await serve(database.db, { AUTH: 'local' }, { logger: log.logger });
    // A record whose schema is broken: every sign-in now fails inside the server with an SQL error.
    await database.db.execute(sql`drop table users cascade`);
  });
  afterAll(async () => {
    await api?.server.close();
    await database?.drop();
  });

  /** What an answer must not hold: the table, the query, the database's words, a stack frame. */
  const leaked = /users"|select |does not exist|node_modules|\.ts:\d+/i;
  /** The log line of a correlation id; it holds the error the answer left out. */
  const logged = (correlationId: string) =>
    log.lines.filter((line) => line.includes(correlationId)).join('\n');

  it('answers a procedure with a generic message and a correlation id; the log has the SQL', async () => {
    const answer = await query(api.origin, 'tokens.list', undefined, { authorization: `Bearer ${token}` });
    expect(answer.status).toBe(500);
    const error = errorOf(answer);
    expect(error.data.code).toBe('INTERNAL_SERVER_ERROR');
    expect(error.data.correlationId).toMatch(/^[0-9a-f]{12}$/);
    expect(error.message).toBe(
      `Er ging iets mis in de server. Meld het de beheerder met kenmerk ${error.data.correlationId}.`,
    );
    expect(answer.text).not.toMatch(leaked);
    expect(logged(error.data.correlationId!)).toMatch(/relation \\?"users\\?" does not exist/);
  });

  it('answers a route outside tRPC (sign-in) the same way', async () => {
    const answer = await send(`${api.origin}/auth/local`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'anna@example.org', password: 'wat dan ook' }),
    });
    expect(answer.status).toBe(500);
    const body = JSON.parse(answer.text) as { message: string; correlationId: string };
    expect(body.message).toBe(
      `Er ging iets mis in de server. Meld het de beheerder met kenmerk ${body.correlationId}.`,
    );
    expect(answer.text).not.toMatch(leaked);
    const line = logged(body.correlationId);
    expect(line).toMatch(/relation \\?"users\\?" does not exist/);
    expect(line).toMatch(/"stack":/);
  });
});

describe('security headers', () => {
  let record: TestRecord;
  let panelRoot: string;
  let http: { origin: string; server: FastifyInstance };
  let https: { origin: string; server: FastifyInstance };

  beforeAll(async () => {
    record = await testRecord();
    panelRoot = await mkdtemp(join(tmpdir(), 'leercyclus-headers-'));
    await writeFile(join(panelRoot, 'index.html'), '<!doctype html><div id="root"></div>');
    http = await serve(record.db, { AUTH: 'local' }, { panelRoot });
    https = await serve(
      record.db,
      { AUTH: 'local', PUBLIC_URL: 'https://leercyclus.example.nl' },
      { panelRoot },
    );
  });
  afterAll(async () => {
    await http?.server.close();
    await https?.server.close();
    await record?.close();
    await rm(panelRoot, { recursive: true, force: true });
  });

  it('sends each header on the panel page, on /trpc and on sign-in', async () => {
    for (const path of ['/', '/cycles/veilig/1', '/trpc/session.me', '/auth/mode']) {
      const { headers, status } = await send(`${http.origin}${path}`);
      expect(status, path).toBe(200);
      const csp = headers.get('content-security-policy') ?? '';
      expect(csp, path).toContain("default-src 'self'");
      expect(csp, path).toContain("script-src 'self'");
      expect(csp, path).toContain("frame-ancestors 'none'");
      expect(csp, path).toContain("object-src 'none'");
      expect(headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(headers.get('referrer-policy'), path).toBe('same-origin');
      expect(headers.get('x-frame-options'), path).toBe('DENY');
      expect(headers.get('strict-transport-security'), path).toBeNull();
      expect(headers.get('x-powered-by'), path).toBeNull();
    }
  });

  it('asks browsers for HTTPS only when the panel is served over HTTPS', async () => {
    const { headers } = await send(`${https.origin}/`);
    expect(headers.get('strict-transport-security')).toBe('max-age=15552000');
    expect(headers.get('content-security-policy')).toContain('upgrade-insecure-requests');
  });

  it('answers the probes whatever host a request names, and nothing else', async () => {
    const status = (path: string) =>
      new Promise<number | undefined>((resolve, reject) =>
        request(`${http.origin}${path}`, { headers: { host: 'pod-10-1-2-3.internal:4000' } }, (response) => {
          response.resume();
          resolve(response.statusCode);
        })
          .on('error', reject)
          .end(),
      );
    expect(await status('/healthz')).toBe(200);
    expect(await status('/trpc/health')).toBe(421);
  });
});
