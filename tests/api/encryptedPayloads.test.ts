import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Client, Connection } from '@temporalio/client';
import proto from '@temporalio/proto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { JsonPayload } from '@leercyclus/codec';
import { createApiToken, openDatabase, tables, type Database } from '@leercyclus/db';
import { addDays, dateInZone } from '@leercyclus/domain';
import { historyToJSON, parts, startSystem, type RunningSystem } from '@leercyclus/harness';
import { eventually } from '../support/api.js';
import { groupLaunchInput } from '../support/groups.js';
import { launchInput } from '../support/launches.js';
import { people } from '../support/people.js';

const { leader, monitor, participant } = people;
const programmeId = 'versleuteld';
const ref = { programmeId, number: 1 };
const cycleId = `cycle/${programmeId}/1`;
const groupId = 'group/alg-lepelaar';

/** Words only this test writes: in a title, a question, a session's notes and case code, a group's question. */
const words = ['Zonnebloemveld', 'Kwartelkoning', 'Pimpernelwolk', 'Z-2026-777', 'Lepelaarsbocht'];

/** Every payload a history holds, as its JSON writes them, with where it is (`events.3.….input.payloads.0`). */
function payloadsIn(value: unknown, path = ''): { payload: JsonPayload; path: string }[] {
  if (value === null || typeof value !== 'object') return [];
  const record = value as Record<string, unknown>;
  if (typeof record.data === 'string' && typeof record.metadata === 'object')
    return [{ payload: record, path }];
  return Object.entries(record).flatMap(([key, item]) => payloadsIn(item, path ? `${path}.${key}` : key));
}

const inSearchAttributes = ({ path }: { path: string }) => /\.searchAttributes\./.test(path);
/** A `patched()` marker's details, written by the SDK's core past the codec: the patch's id, which is code. */
const inPatchMarker = ({ path }: { path: string }) =>
  /\.markerRecordedEventAttributes\.details\.patch-data\./.test(path);
const encodingOf = (payload: JsonPayload) =>
  Buffer.from(payload.metadata?.encoding ?? '', 'base64').toString('utf8');

describe('Temporal sees ciphertext only: the whole system, each part a process of its own', () => {
  let system: RunningSystem;
  let record: Database;
  let rawConnection: Connection;
  /** A Temporal client with no codec at all: what the Temporal service, its UI and its CLI hold. */
  let raw: Client;
  const sessionOf = new Map<string, string>();

  /** The session cookie of a person signed in to the panel through a one-time link, as a browser keeps it. */
  async function cookieOf(personId: string): Promise<string> {
    const known = sessionOf.get(personId);
    if (known) return known;
    const answer = await fetch(await system.signInLink(personId), { redirect: 'manual' });
    const cookie = /leercyclus_session=[^;]+/.exec(answer.headers.get('set-cookie') ?? '')?.[0];
    if (!cookie) throw new Error(`no session for ${personId} (${answer.status})`);
    sessionOf.set(personId, cookie);
    return cookie;
  }

  /** The Temporal UI's request to the codec endpoint, from its page, with the person's cookie (or none). */
  async function decodeAsUi(payloads: JsonPayload[], personId?: string, origin = system.temporalUiUrl) {
    return fetch(`${system.panelUrl}/codec/decode`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-namespace': system.namespace,
        origin,
        ...(personId ? { cookie: await cookieOf(personId) } : {}),
      },
      body: JSON.stringify({ payloads }),
    });
  }

  async function rawHistory(workflowId: string) {
    const { history } = await raw.workflowService.getWorkflowExecutionHistory({
      namespace: system.namespace,
      execution: { workflowId },
    });
    return history!;
  }

  const codecEntries = () =>
    record.db.select().from(tables.auditLog).where(eq(tables.auditLog.action, 'codec.decode'));

  beforeAll(async () => {
    system = await startSystem({
      dataDir: join(fileURLToPath(new URL('../.artifacts/systems/', import.meta.url)), 'encryptedPayloads'),
      workflowBundlePath: inject('workflowBundlePath'),
    });
    await system.grant(parts({ programmes: [programmeId] }));
    record = await openDatabase({ databaseUrl: system.databaseUrl });
    rawConnection = await Connection.connect({ address: system.temporalAddress });
    raw = new Client({ connection: rawConnection, namespace: system.namespace });

    const today = dateInZone(new Date(), 'Europe/Amsterdam');
    await system.as(leader).cycles.launch.mutate(
      launchInput(new Date(), {
        ...ref,
        title: 'Leercyclus Zonnebloemveld',
        startsOn: addDays(today, -10),
      }),
    );
    const cycle = await system.as(monitor).cycles.get.query(ref);
    const session = cycle.occurrences.find((o) => o.status === 'due' && o.kind === 'learningSession')!;
    const question = await system.as(monitor).cycles.addQuestion.mutate({
      ...ref,
      text: 'Wat vraagt de Kwartelkoning-aanpak van school?',
      district: 'West',
      raisedIn: 'learningSession',
      occurrenceId: session.id,
      level: 'team',
      category: 'education',
    });
    await system.as(monitor).cycles.recordSession.mutate({
      ...ref,
      occurrenceId: session.id,
      record: {
        attendance: { swtProfessionals: 5, partnerProfessionals: 1, parentsOrGuardians: 0 },
        organisations: ['Jeugdhulp Rijnmond'],
        caseCodes: ['Z-2026-777'],
        questionNumbers: [question.number],
        notes: 'Pimpernelwolk besproken met de intern begeleider.',
      },
    });
    await system.as(leader).groups.launch.mutate(
      groupLaunchInput(new Date(), {
        slug: 'alg-lepelaar',
        programmeId,
        question: 'Hoe pakken we de Lepelaarsbocht samen met school aan?',
      }),
    );
    // The worker has handed the session to the record: its activity's input is in the history.
    await eventually(
      () => system.as(monitor).cycles.list.query({ programmeId }),
      (items) => items.length === 1,
    );
  }, 240_000);

  afterAll(async () => {
    await rawConnection?.close();
    await record?.close();
    await system?.stop();
  });

  it('stores none of a launched cycle’s or group’s words in Temporal, in any event or memo', async () => {
    for (const workflowId of [cycleId, groupId]) {
      const history = await rawHistory(workflowId);
      const stored = Buffer.from(proto.temporal.api.history.v1.History.encode(history).finish());
      for (const word of words) expect(stored.includes(word), `${word} in ${workflowId}`).toBe(false);
      const started = history.events![0]!.workflowExecutionStartedEventAttributes!;
      expect(Object.keys(started.memo!.fields!).sort()).toEqual(
        workflowId === cycleId ? ['number', 'requestId'] : ['requestId', 'slug'],
      );
      // Every payload is encrypted but the search attributes' (a programme, a status) and patch markers' (an id).
      const payloads = payloadsIn(JSON.parse(historyToJSON(history)));
      const attributes = payloads.filter(inSearchAttributes);
      expect(attributes.length).toBeGreaterThan(0);
      expect(attributes.every(({ payload }) => encodingOf(payload) === 'json/plain')).toBe(true);
      const rest = payloads.filter((entry) => !inSearchAttributes(entry) && !inPatchMarker(entry));
      expect(rest.length).toBeGreaterThan(3);
      const readable = rest.filter(({ payload }) => encodingOf(payload) !== 'binary/encrypted');
      expect(readable.map(({ path, payload }) => `${path}: ${encodingOf(payload)}`)).toEqual([]);
    }
    const description = await raw.workflowService.describeWorkflowExecution({
      namespace: system.namespace,
      execution: { workflowId: cycleId },
    });
    const described = Buffer.from(
      proto.temporal.api.workflowservice.v1.DescribeWorkflowExecutionResponse.encode(description).finish(),
    );
    expect(described.includes('Zonnebloemveld')).toBe(false);
  });

  it('gives every word back to staff signed in to the panel, through the codec endpoint the UI asks', async () => {
    const histories = await Promise.all([cycleId, groupId].map(rawHistory));
    const all = histories.flatMap((history) =>
      payloadsIn(JSON.parse(historyToJSON(history))).map(({ payload }) => payload),
    );
    const answer = await decodeAsUi(all, monitor);
    expect(answer.status).toBe(200);
    expect(answer.headers.get('access-control-allow-origin')).toBe(system.temporalUiUrl);
    expect(answer.headers.get('access-control-allow-credentials')).toBe('true');
    expect(answer.headers.get('cache-control')).toBe('no-store');
    const decoded = ((await answer.json()) as { payloads: JsonPayload[] }).payloads;
    expect(decoded).toHaveLength(all.length);
    const text = decoded.map((payload) => Buffer.from(payload.data ?? '', 'base64').toString()).join('\n');
    for (const word of words) expect(text).toContain(word);
    expect(decoded.filter((payload) => encodingOf(payload) === 'binary/encrypted')).toEqual([]);
  });

  it('shows the words to the CLI of staff with a personal API token, and ciphertext without it', async () => {
    const { token } = await createApiToken(record.db, { userId: 'system' }, monitor, {
      name: 'cli',
      days: 1,
    });
    const show = (...flags: string[]) =>
      execFileSync(inject('temporalCliPath'), [
        'workflow',
        'show',
        '--address',
        system.temporalAddress,
        '--namespace',
        system.namespace,
        '--workflow-id',
        cycleId,
        '--output',
        'json',
        ...flags,
      ]).toString();
    // What the payloads' data say, once the CLI's JSON (base64) is read.
    const said = (output: string) =>
      payloadsIn(JSON.parse(output))
        .map(({ payload }) => Buffer.from(payload.data ?? '', 'base64').toString('utf8'))
        .join('\n');
    expect(said(show())).not.toContain('Zonnebloemveld');
    const text = said(
      show('--codec-endpoint', `${system.panelUrl}/codec`, '--codec-auth', `Bearer ${token}`),
    );
    for (const word of ['Zonnebloemveld', 'Kwartelkoning', 'Pimpernelwolk']) expect(text).toContain(word);
  });

  it('points the dev server’s Temporal UI at the codec endpoint', async () => {
    const settings = (await (await fetch(`${system.temporalUiUrl}/api/v1/settings`)).json()) as {
      Codec?: { Endpoint?: string };
    };
    expect(settings.Codec?.Endpoint).toBe(`${system.panelUrl}/codec`);
  });

  it('answers the UI’s preflight for its own origin only', async () => {
    const preflight = (origin: string) =>
      fetch(`${system.panelUrl}/codec/decode`, {
        method: 'OPTIONS',
        headers: {
          origin,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'content-type,x-namespace',
        },
      });
    const fromUi = await preflight(system.temporalUiUrl);
    expect(fromUi.status).toBe(204);
    expect(fromUi.headers.get('access-control-allow-origin')).toBe(system.temporalUiUrl);
    expect(fromUi.headers.get('access-control-allow-credentials')).toBe('true');
    expect(fromUi.headers.get('access-control-allow-methods')).toBe('POST');
    expect(fromUi.headers.get('access-control-allow-headers')).toContain('x-namespace');
    const elsewhere = await preflight('http://elders.example');
    expect(elsewhere.status).toBe(403);
    expect(elsewhere.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('refuses nobody signed in, a participant, and a page of another origin, and audits each read and refusal', async () => {
    const one = payloadsIn(JSON.parse(historyToJSON(await rawHistory(cycleId))))[0]!.payload;
    const before = (await codecEntries()).length;

    const anonymous = await decodeAsUi([one]);
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get('access-control-allow-origin')).toBe(system.temporalUiUrl);
    expect(((await anonymous.json()) as { message: string }).message).toMatch(/Meld je eerst aan/);

    const takingPart = await decodeAsUi([one], participant);
    expect(takingPart.status).toBe(403);
    expect(JSON.stringify(await takingPart.json())).not.toContain('Zonnebloemveld');

    const foreign = await decodeAsUi([one], monitor, 'http://elders.example');
    expect(foreign.status).toBe(403);
    expect(foreign.headers.get('access-control-allow-origin')).toBeNull();

    const malformed = await decodeAsUi([{ metadata: { encoding: 'geen base64!' }, data: '' }], monitor);
    expect(malformed.status).toBe(400);
    expect(((await malformed.json()) as { message: string }).message).toMatch(
      /payloads\.0\.metadata\.encoding/,
    );

    expect((await decodeAsUi([one], monitor)).status).toBe(200);

    const entries = (await codecEntries()).slice(before);
    expect(
      entries.map(({ actor, recordType, recordId, details }) => ({ actor, recordType, recordId, details })),
    ).toEqual([
      {
        actor: participant,
        recordType: 'temporalPayloads',
        recordId: system.namespace,
        details: { reason: 'not staff' },
      },
      {
        actor: monitor,
        recordType: 'temporalPayloads',
        recordId: system.namespace,
        details: { payloads: 1, keys: [expect.stringMatching(/^local-/)] },
      },
    ]);
  });
});
