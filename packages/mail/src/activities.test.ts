import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ApplicationFailure } from '@temporalio/activity';
import { MockActivityEnvironment } from '@temporalio/testing';
import { eq } from 'drizzle-orm';
import { simpleParser } from 'mailparser';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { mailSettings } from '@leercyclus/config';
import { queueMessage, setMailPreference, tables, unsubscribe, type Db } from '@leercyclus/db';
import { developmentPeople, eachBackend, seedPeople } from '@leercyclus/db/testing';
import type { CheckpointReminderPayload } from '@leercyclus/domain';
import { createMailActivities } from './activities.js';
import { messageIdFor } from './messageId.js';
import { readSink, startMailSink, type MailSink, type SinkRefusal } from './sink/index.js';
import { smtpMailer, type Mailer } from './transport.js';

const settings = mailSettings({
  MAIL_FROM: 'Leercyclus <leercyclus@gemeente.example>',
  PUBLIC_URL: 'https://leercyclus.gemeente.example',
});

const reminder = (fields: Partial<CheckpointReminderPayload> = {}): CheckpointReminderPayload => ({
  processId: 'cycle/proeftuin/1',
  processTitle: 'Proeftuin — cyclus 1',
  checkpointId: 'tussenevaluatie',
  checkpointTitle: 'Tussenevaluatie',
  reminderKind: 'before',
  dueAt: '2026-11-10T16:00:00.000Z',
  timeZone: 'Europe/Amsterdam',
  sentByName: null,
  ...fields,
});

/** What the sink refuses next: set by a test, reset after it. */
let refuseRecipient: ((address: string) => SinkRefusal | null) | null = null;
let refuseData: ((n: number) => SinkRefusal | null) | null = null;
let sink: MailSink;
let mailer: Mailer;

beforeAll(async () => {
  sink = await startMailSink({
    folder: mkdtempSync(join(tmpdir(), 'leercyclus-sink-')),
    refuseRecipient: (address) => refuseRecipient?.(address) ?? null,
    refuseData: ({ number }) => refuseData?.(number) ?? null,
  });
  mailer = smtpMailer(new URL(sink.url));
});
afterAll(async () => {
  mailer.close();
  await sink.close();
});

/** Runs an activity as Temporal would, with its context (the send heartbeats). */
const run = <A extends unknown[], R>(activity: (...args: A) => Promise<R>, ...args: A) =>
  new MockActivityEnvironment().run(activity, ...args);

/** The error an activity failed with. */
async function failureOf(work: Promise<unknown>): Promise<ApplicationFailure> {
  const error = await work.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  if (!(error instanceof ApplicationFailure))
    throw new Error(`expected an ApplicationFailure, got ${String(error)}`);
  return error;
}

async function messageRow(db: Db, id: string) {
  const [row] = await db.select().from(tables.messages).where(eq(tables.messages.id, id));
  return row!;
}

/** Sink messages for one recipient, newest first. */
async function receivedBy(address: string) {
  return (await readSink(sink.folder)).filter((message) => message.to.includes(address));
}

eachBackend('sending e-mail', (current, backend) => {
  const person = (id: string) => developmentPeople.find((p) => p.id === id)!;
  /** Each backend's messages go to its own people, so the two suites never read each other's mail. */
  const recipient = (id: string) => ({
    ...person(id),
    id: `${id}.${backend}`,
    email: `${id}.${backend}@example.org`,
  });
  const bram = recipient('bram.coordinator');
  const chris = recipient('chris.monitor');
  const dana = recipient('dana.management');
  let activities: ReturnType<typeof createMailActivities>;

  beforeAll(async () => {
    await seedPeople(current().db, [bram, chris, dana]);
    activities = createMailActivities(current().db, mailer, settings);
  });

  const queue = (cause: string, to: string, fields: Partial<CheckpointReminderPayload> = {}) =>
    queueMessage(current().db, 'checkpointReminder', { cause, recipient: to, payload: reminder(fields) });

  it('sends a reminder through SMTP in Dutch, by name, with its link, Message-ID and unsubscribe link', async () => {
    const id = await queue('cycle/proeftuin/1#tussenevaluatie/reminder-1', bram.id);
    expect(await run(activities.messagesToSend, new Date().toISOString())).toContain(id);
    expect(await run(activities.sendMessage, id)).toBe('sent');

    const [received] = await receivedBy(bram.email);
    const parsed = await simpleParser(readFileSync(join(sink.folder, received!.file)));
    expect(parsed.messageId).toBe(messageIdFor(id, 'gemeente.example'));
    expect(parsed.subject).toBe(
      'Herinnering: evaluatie ‘Tussenevaluatie’ vóór dinsdag 10 november 2026 om 17:00',
    );
    expect(parsed.from?.value).toEqual([{ name: 'Leercyclus', address: 'leercyclus@gemeente.example' }]);
    expect(parsed.to).toMatchObject({ value: [{ name: 'Bram Jansen', address: bram.email }] });
    expect(parsed.text).toContain('Beste Bram Jansen,');
    expect(parsed.text).toContain(
      'Wil je de evaluatie uiterlijk dinsdag 10 november 2026 om 17:00 indienen?',
    );
    const link =
      'https://leercyclus.gemeente.example/cycles/proeftuin/1?tab=checkpoints#checkpoint-tussenevaluatie';
    expect(parsed.text).toContain(`Evaluatiemoment openen: ${link}`);
    expect(parsed.html).toContain(`href="${link}"`);
    expect(parsed.html).toContain('Beste Bram Jansen,');
    const unsubscribeHeader = received!.headers['list-unsubscribe']!;
    expect(unsubscribeHeader).toMatch(/^<https:\/\/leercyclus\.gemeente\.example\/mail\/afmelden\/[\w-]+>$/);
    expect(received!.headers['list-unsubscribe-post']).toBe('List-Unsubscribe=One-Click');
    expect(parsed.text).toContain(
      `Alleen nog verplichte berichten ontvangen: ${unsubscribeHeader.slice(1, -1)}`,
    );

    const row = await messageRow(current().db, id);
    expect(row).toMatchObject({ state: 'sent', attempts: 1, messageId: parsed.messageId, reason: null });
    expect(row.serverResponse).toMatch(/^250 /);
    // Sent once: asked again (a retry that came after the answer was recorded), it sends nothing.
    expect(await run(activities.sendMessage, id)).toBe('settled');
    expect(await receivedBy(bram.email)).toHaveLength(1);

    // The unsubscribe link, followed without signing in, leaves Bram only what is mandatory.
    const token = decodeURIComponent(unsubscribeHeader.slice(unsubscribeHeader.lastIndexOf('/') + 1, -1));
    expect(
      await unsubscribe(current().db, token, { address: null, session: null, userAgent: null }),
    ).toMatchObject({
      personId: bram.id,
      delivery: 'mandatoryOnly',
    });
  });

  it('sends a mandatory reminder without an unsubscribe link', async () => {
    const id = await queue('cycle/proeftuin/1#tussenevaluatie/reminder-2', chris.id, {
      reminderKind: 'overdue',
    });
    expect(await run(activities.sendMessage, id)).toBe('sent');
    const [received] = await receivedBy(chris.email);
    expect(received!.subject).toBe('Te laat: evaluatie ‘Tussenevaluatie’');
    expect(received!.headers['list-unsubscribe']).toBeUndefined();
    expect(received!.text).toContain('Dit bericht is verplicht');
  });

  it('marks a recipient the server refuses for good (550) as failed with its answer, and stops', async () => {
    refuseRecipient = (address) =>
      address === dana.email ? { code: 550, message: '5.1.1 Onbekende ontvanger' } : null;
    try {
      const id = await queue('cycle/proeftuin/1#tussenevaluatie/reminder-3', dana.id, {
        reminderKind: 'overdue',
      });
      const failure = await failureOf(run(activities.sendMessage, id));
      expect(failure.nonRetryable).toBe(true);
      expect(failure.message).toContain('550 5.1.1 Onbekende ontvanger');
      expect(await messageRow(current().db, id)).toMatchObject({
        state: 'failed',
        attempts: 1,
        reason: expect.stringContaining('550 5.1.1 Onbekende ontvanger') as unknown,
      });
      expect(await run(activities.sendMessage, id)).toBe('settled');
    } finally {
      refuseRecipient = null;
    }
  });

  it('keeps a message the server turns away for now (451) queued with the reason, and sends it on a retry', async () => {
    let refused = 0;
    refuseData = () => (refused++ === 0 ? { code: 451, message: '4.3.0 Probeer het later' } : null);
    try {
      const id = await queue('cycle/proeftuin/1#tussenevaluatie/reminder-4', dana.id, {
        reminderKind: 'overdue',
      });
      const failure = await failureOf(run(activities.sendMessage, id));
      expect(failure.nonRetryable).toBe(false);
      expect(await messageRow(current().db, id)).toMatchObject({
        state: 'queued',
        attempts: 1,
        reason: '451 4.3.0 Probeer het later',
      });
      expect(await run(activities.sendMessage, id)).toBe('sent');
      expect(await messageRow(current().db, id)).toMatchObject({ state: 'sent', attempts: 2, reason: null });
    } finally {
      refuseData = null;
    }
  });

  it('gives mandatory-only people only what is mandatory, and digest people one digest a day from 08:00', async () => {
    const { db } = current();
    await setMailPreference(db, { userId: chris.id }, chris.id, 'mandatoryOnly');
    await setMailPreference(db, { userId: dana.id }, dana.id, 'dailyDigest');
    const courtesy = await queue('cycle/proeftuin/2#a/reminder-1', chris.id);
    const mandatory = await queue('cycle/proeftuin/2#a/reminder-2', chris.id, { reminderKind: 'manual' });
    const first = await queue('cycle/proeftuin/2#b/reminder-1', dana.id, {
      checkpointTitle: 'Eindevaluatie',
    });
    const second = await queue('cycle/proeftuin/2#c/reminder-1', dana.id, { reminderKind: 'onDay' });
    const urgent = await queue('cycle/proeftuin/2#c/reminder-2', dana.id, { reminderKind: 'overdue' });

    // 07:30 in Amsterdam: no digest yet; the mandatory ones go now, the courtesy one to Chris never.
    const early = await run(activities.messagesToSend, '2026-11-10T06:30:00.000Z');
    expect(early).toEqual(expect.arrayContaining([mandatory, urgent]));
    for (const waiting of [courtesy, first, second]) expect(early).not.toContain(waiting);
    expect(await messageRow(db, courtesy)).toMatchObject({
      state: 'skipped',
      reason: 'de ontvanger wil alleen verplichte berichten',
    });

    // 08:00: Dana's two courtesy reminders come together in one digest, the day's only one.
    const later = await run(activities.messagesToSend, '2026-11-10T07:00:00.000Z');
    const digest = `dailyDigest:${dana.id}/2026-11-10`;
    expect(later).toContain(digest);
    expect(await run(activities.messagesToSend, '2026-11-10T09:00:00.000Z')).toContain(digest);
    expect(await run(activities.sendMessage, digest)).toBe('sent');
    const [received] = await receivedBy(dana.email);
    expect(received!.subject).toBe('Leercyclus, overzicht van dinsdag 10 november 2026: 2 berichten');
    expect(received!.text).toContain('Herinnering: evaluatie ‘Eindevaluatie’');
    expect(received!.text).toContain('Vandaag: evaluatie ‘Tussenevaluatie’');
    expect(received!.headers['list-unsubscribe']).toBeDefined();
    // What went out in the digest is sent with it.
    for (const id of [first, second])
      expect(await messageRow(db, id)).toMatchObject({ state: 'sent', digestId: digest });
    expect(await messageRow(db, urgent)).toMatchObject({ state: 'queued', digestId: null });
  });
});
