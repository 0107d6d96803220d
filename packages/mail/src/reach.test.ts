import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MockActivityEnvironment } from '@temporalio/testing';
import { simpleParser, type ParsedMail } from 'mailparser';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { parseFeed } from '@leercyclus/calendar/testing';
import { mailSettings } from '@leercyclus/config';
import {
  applyCycleEvents,
  applyGroupEvents,
  applyTableEvents,
  queueTableAgenda,
  queueWeeklyDigests,
  setInvitationPreference,
  type Db,
} from '@leercyclus/db';
import {
  aProgramme,
  cycleEventsFor,
  developmentPeople,
  eachBackend,
  escalationSource,
  groupEventsFor,
  partsIn,
  seedPeople,
} from '@leercyclus/db/testing';
import type { EscalationItem, Occurrence, TableEvent } from '@leercyclus/domain';
import { createMailActivities } from './activities.js';
import { readSink, startMailSink, type MailSink } from './sink/index.js';
import { smtpMailer, type Mailer } from './transport.js';

const site = 'https://leercyclus.gemeente.example';
const settings = mailSettings({ MAIL_FROM: 'Leercyclus <leercyclus@gemeente.example>', PUBLIC_URL: site });

const run = <A extends unknown[], R>(activity: (...args: A) => Promise<R>, ...args: A) =>
  new MockActivityEnvironment().run(activity, ...args);

/** An open item on the table mt-jeugd, from question 2 of cycle reach/1, raised by Chris. */
function anItem(id: string, change: Partial<EscalationItem> = {}): EscalationItem {
  return {
    id,
    table: 'mt-jeugd',
    source: escalationSource('cycleQuestion', 'cycle/reach/1', 'reach', 2),
    text: 'Wie betaalt de praktijkondersteuner?',
    why: 'Dat beslist de gemeente.',
    raisedBy: 'chris.monitor',
    raisedAt: '2026-01-06T10:00:00.000Z',
    history: [],
    receivedAt: '2026-01-06T10:00:01.000Z',
    dueAt: '2026-02-04T14:00:00.000Z',
    status: 'open',
    remindersSent: [],
    decision: null,
    ...change,
  };
}

let tableEvents = 0;
const tableEvent = (item: EscalationItem): TableEvent => ({
  eventId: `table/mt-jeugd#${(tableEvents += 1)}`,
  at: '2026-01-06T10:00:02.000Z',
  table: 'mt-jeugd',
  type: 'escalationUpdated',
  item,
});

eachBackend('what people are told besides reminders, through SMTP', (current) => {
  let sink: MailSink;
  let mailer: Mailer;
  let db: Db;
  let activities: ReturnType<typeof createMailActivities>;
  const cycle = cycleEventsFor('reach', 1);

  beforeAll(async () => {
    sink = await startMailSink({ folder: mkdtempSync(join(tmpdir(), 'leercyclus-reach-')) });
    mailer = smtpMailer(new URL(sink.url));
    db = current().db;
    await seedPeople(db, developmentPeople, [
      ...partsIn({ programmes: ['reach'], tables: ['mt-jeugd'] }),
      { personId: 'chris.monitor', scope: 'group', scopeId: 'alg-reach', role: 'facilitator' },
      { personId: 'eva.deelnemer', scope: 'group', scopeId: 'alg-reach', role: 'member' },
      { personId: 'dana.management', scope: 'programme', scopeId: 'reach-leeg', role: 'coordinator' },
    ]);
    await aProgramme(db, 'reach');
    await applyCycleEvents(db, [cycle.cycle({ title: 'Proeftuin Reach' })]);
    activities = createMailActivities(db, mailer, settings);
  });
  afterAll(async () => {
    mailer.close();
    await sink.close();
  });

  /** Sends what is queued, as a delivery run does; answers the mails this run delivered, parsed, by subject. */
  async function deliver(): Promise<ParsedMail[]> {
    const before = new Set((await readSink(sink.folder)).map((m) => m.file));
    const ids = (await run(activities.messagesToSend, new Date().toISOString())) as string[];
    for (const id of ids) await run(activities.sendMessage, id);
    const fresh = (await readSink(sink.folder)).filter((m) => !before.has(m.file));
    return Promise.all(fresh.map((m) => simpleParser(readFileSync(join(sink.folder, m.file)))));
  }
  const unsubscribable = (mail: ParsedMail) => mail.headerLines.some((h) => h.key === 'list-unsubscribe');
  const to = (mail: ParsedMail) => (Array.isArray(mail.to) ? mail.to[0] : mail.to)?.value[0];

  it("tells each table member of a new escalation once, with what, from where, by when and the item's link", async () => {
    const item = anItem('cycle/reach/1/question-2');
    await applyTableEvents(db, [tableEvent(item), tableEvent({ ...item, status: 'overdue' })]);
    const mails = await deliver();
    expect(mails).toHaveLength(1);
    const [mail] = mails;
    expect(to(mail!)).toEqual({ name: 'Dana Visser', address: 'dana@example.org' });
    expect(mail!.subject).toBe('Nieuw op Managementtafel mt-jeugd: Wie betaalt de praktijkondersteuner?');
    expect(mail!.text).toContain('Beste Dana Visser,');
    expect(mail!.text).toContain('van vraag 2 van de leercyclus ‘Proeftuin Reach’');
    expect(mail!.text).toContain('De tafel antwoordt uiterlijk woensdag 4 februari 2026 om 15:00.');
    const link = `${site}/escalations?table=mt-jeugd#escalation-cycle-reach-1-question-2`;
    expect(mail!.text).toContain(`Escalatie openen: ${link}`);
    expect(mail!.html).toContain(`href="${link}"`);
    expect(unsubscribable(mail!)).toBe(true);
  });

  it('sends the decision back to who escalated it, or the project leader for what the cycle raised itself', async () => {
    const decision = {
      outcome: 'accepted' as const,
      text: 'De gemeente betaalt het eerste jaar.',
      decidedBy: 'dana.management',
      decidedAt: '2026-02-04T15:00:00.000Z',
      table: 'mt-jeugd',
    };
    const byChris = anItem('cycle/reach/1/question-2', { status: 'answered', decision });
    const bySystem = anItem('cycle/reach/1/checkpoint-1', {
      source: escalationSource('cycleCheckpoint', 'cycle/reach/1', 'reach', 'checkpoint-1'),
      text: 'Evaluatie blijft te laat',
      raisedBy: 'system',
      status: 'answered',
      decision,
    });
    await applyTableEvents(db, [tableEvent(byChris), tableEvent(bySystem), tableEvent(byChris)]);
    const mails = await deliver();
    expect(mails.map((m) => to(m)?.name).sort()).toEqual(['Anna de Vries', 'Chris Bakker']);
    const chris = mails.find((m) => to(m)?.name === 'Chris Bakker')!;
    expect(chris.subject).toBe(
      'Antwoord van Managementtafel mt-jeugd (aangenomen): Wie betaalt de praktijkondersteuner?',
    );
    expect(chris.text).toContain('De gemeente betaalt het eerste jaar.');
    expect(chris.text).toContain('Je hebt dit aan de tafel voorgelegd.');
    expect(chris.text).toContain(`Antwoord bekijken: ${site}/cycles/reach/1?tab=escalations`);
    // Mandatory: no unsubscribe.
    expect(unsubscribable(chris)).toBe(false);
    const anna = mails.find((m) => to(m)?.name === 'Anna de Vries')!;
    expect(anna.text).toContain('als projectleider ben jij degene die het opvolgt');
    expect(anna.text).toContain(`${site}/cycles/reach/1?tab=checkpoints#checkpoint-checkpoint-1`);
  });

  it("tells a group's facilitator of an obstacle a member raised and of an overdue evaluation, not of their own", async () => {
    const group = groupEventsFor('alg-reach', 'reach');
    await applyGroupEvents(db, [
      ...group.list,
      group.obstacle(),
      group.obstacle({ id: 'obstacle-2', raisedBy: 'eva.deelnemer', text: 'Geen ruimte in het rooster' }),
    ]);
    const mails = await deliver();
    // Bram's own overdue reminder goes out too; the facilitator's notices are Chris's.
    const chris = mails.filter((m) => to(m)?.name === 'Chris Bakker');
    expect(chris.map((m) => m.subject).sort()).toEqual([
      'Nieuw knelpunt in je actieleergroep ‘Hoe komen we met school eerder tot een aanpak?’',
      'Te laat in je actieleergroep ‘Hoe komen we met school eerder tot een aanpak?’: evaluatie ‘Tussenevaluatie’',
    ]);
    const obstacle = chris.find((m) => m.subject!.startsWith('Nieuw knelpunt'))!;
    expect(obstacle.text).toContain('Eva Smit heeft een knelpunt ingebracht');
    expect(obstacle.text).toContain('Geen ruimte in het rooster');
    expect(obstacle.text).toContain(`${site}/groups/alg-reach`);
    const overdue = chris.find((m) => m.subject!.startsWith('Te laat'))!;
    expect(overdue.text).toContain('Bram Jansen heeft een herinnering gekregen');
    expect(overdue.text).toContain(`${site}/groups/alg-reach?tab=checkpoints#checkpoint-checkpoint-1`);
  });

  it('invites who asked for it to a session added, moved and cancelled, with the feeds’ UID and a rising SEQUENCE', async () => {
    await setInvitationPreference(db, { userId: 'anna.projectleider' }, 'anna.projectleider', true);
    const session: Occurrence = {
      id: 'learningSession:west:2026-01-29',
      kind: 'learningSession',
      district: 'West',
      date: '2026-01-29',
      startsAt: '2026-01-29T12:30:00.000Z',
      endsAt: '2026-01-29T14:30:00.000Z',
      status: 'planned',
      change: null,
      record: null,
    };
    const moved: Occurrence = {
      ...session,
      startsAt: '2026-01-30T12:30:00.000Z',
      endsAt: '2026-01-30T14:30:00.000Z',
      change: {
        reason: 'Zaal bezet',
        at: '2026-01-20T09:00:00.000Z',
        by: 'bram.coordinator',
        movedFrom: { startsAt: session.startsAt, endsAt: session.endsAt },
      },
    };
    const cancelled: Occurrence = {
      ...moved,
      status: 'cancelled',
      change: {
        reason: 'Te weinig aanmeldingen',
        at: '2026-01-25T09:00:00.000Z',
        by: 'bram.coordinator',
        movedFrom: null,
      },
    };
    // Added after the launch (an extension), moved, written again unchanged, then cancelled.
    await applyCycleEvents(db, [
      cycle.occurrence(session),
      cycle.occurrence(moved),
      cycle.occurrence(moved),
      cycle.occurrence(cancelled),
    ]);
    // A launch writes the whole calendar at its own moment: no one is invited to each session of it.
    const launched = cycleEventsFor('reach', 2);
    const launch = launched.cycle();
    await applyCycleEvents(db, [
      launch,
      { ...launched.occurrence({ ...session, id: 'learningSession:west:2026-02-05' }), at: launch.at },
    ]);
    const mails = await deliver();
    expect(mails.map((m) => to(m)?.name)).toEqual(['Anna de Vries', 'Anna de Vries', 'Anna de Vries']);
    const bySubject = (start: string) => mails.find((m) => m.subject!.startsWith(start))!;
    const uid = 'cycle/reach/1/learningSession:west:2026-01-29@leercyclus.gemeente.example';
    const invitations = [
      [
        bySubject('Uitnodiging: Leersessie West, donderdag 29 januari 2026 om 13:30'),
        'REQUEST',
        0,
        '2026-01-29T13:30:00',
      ],
      [
        bySubject('Verplaatst: Leersessie West, nu vrijdag 30 januari 2026 om 13:30'),
        'REQUEST',
        1,
        '2026-01-30T13:30:00',
      ],
      [
        bySubject('Afgelast: Leersessie West, vrijdag 30 januari 2026 om 13:30'),
        'CANCEL',
        2,
        '2026-01-30T13:30:00',
      ],
    ] as const;
    for (const [mail, method, sequence, localStart] of invitations) {
      expect(mail.text).toContain('Beste Anna de Vries,');
      expect(mail.text).toContain(`${site}/cycles/reach/1?tab=calendar`);
      const ics = mail.attachments.find((a) => a.contentType.startsWith('text/calendar'));
      const feed = parseFeed(ics!.content.toString('utf8'));
      expect(feed.method).toBe(method);
      expect(feed.events).toHaveLength(1);
      expect(feed.events[0]).toMatchObject({ uid, sequence, localStart, zone: 'Europe/Amsterdam' });
      expect(feed.events[0]!.status).toBe(method === 'CANCEL' ? 'CANCELLED' : 'CONFIRMED');
    }
    expect(bySubject('Verplaatst').text).toContain('Zaal bezet');
  });

  it('sends coordinators their Monday digest once a week, only when there is something to say', async () => {
    await applyCycleEvents(db, [
      cycle.checkpoint({ id: 'te-laat', title: 'Startevaluatie', dueAt: '2026-01-09T16:00:00.000Z' }),
      cycle.checkpoint({ id: 'binnenkort', title: 'Tussenevaluatie', dueAt: '2026-01-15T16:00:00.000Z' }),
      cycle.checkpoint({ id: 'later', title: 'Eindevaluatie', dueAt: '2026-03-27T16:00:00.000Z' }),
    ]);
    const sunday = new Date('2026-01-11T09:00:00.000Z');
    const mondayEarly = new Date('2026-01-12T06:30:00.000Z'); // 07:30 in Amsterdam
    const monday = new Date('2026-01-12T07:05:00.000Z'); // 08:05 in Amsterdam
    expect(await queueWeeklyDigests(db, sunday)).toBe(0);
    expect(await queueWeeklyDigests(db, mondayEarly)).toBe(0);
    // Anna and Bram coordinate reach; Dana coordinates only reach-leeg, where nothing is due: no mail.
    expect(await queueWeeklyDigests(db, monday)).toBe(2);
    expect(await queueWeeklyDigests(db, new Date('2026-01-12T10:00:00.000Z'))).toBe(0);
    const mails = (await deliver()).filter((m) => m.subject!.startsWith('Leercyclus, week'));
    expect(mails.map((m) => to(m)?.name).sort()).toEqual(['Anna de Vries', 'Bram Jansen']);
    const [mail] = mails;
    expect(mail!.subject).toBe('Leercyclus, week 3 van 2026: 1 te laat, 1 binnen een week');
    const text = mail!.text!;
    expect(text.indexOf('Te laat: Startevaluatie — Proeftuin Reach')).toBeGreaterThan(-1);
    expect(text.indexOf('Tussenevaluatie — Proeftuin Reach')).toBeGreaterThan(text.indexOf('Startevaluatie'));
    expect(text).not.toContain('Eindevaluatie');
    expect(text).toContain(`${site}/cycles/reach/1?tab=checkpoints#checkpoint-te-laat`);

    // Frank coordinates a programme whose cycle runs on Bonaire: his Monday 08:00 comes five hours later.
    await seedPeople(
      db,
      [],
      [{ personId: 'frank.beheer', scope: 'programme', scopeId: 'reach-bonaire', role: 'coordinator' }],
    );
    await aProgramme(db, 'reach-bonaire');
    const bonaire = cycleEventsFor('reach-bonaire', 1);
    await applyCycleEvents(db, [
      bonaire.cycle({ title: 'Proeftuin Bonaire', timeZone: 'America/Kralendijk' }),
      bonaire.checkpoint({ id: 'start', title: 'Startevaluatie', dueAt: '2026-01-09T16:00:00.000Z' }),
    ]);
    expect(await queueWeeklyDigests(db, new Date('2026-01-12T11:55:00.000Z'))).toBe(0); // 07:55 on Bonaire
    expect(await queueWeeklyDigests(db, new Date('2026-01-12T12:05:00.000Z'))).toBe(1);
    const [frank, ...others] = (await deliver()).filter((m) => m.subject!.startsWith('Leercyclus, week'));
    expect(others).toEqual([]);
    expect(to(frank!)?.name).toBe('Frank de Boer');
    expect(frank!.text).toContain('Te laat: Startevaluatie — Proeftuin Bonaire');
  });

  it("sends a table's agenda to each member once per meeting, overdue items first", async () => {
    const meeting = {
      table: 'mt-jeugd',
      tableName: 'Managementtafel Jeugd',
      meetingAt: '2026-02-04T14:00:00.000Z',
      timeZone: 'Europe/Amsterdam',
      open: [
        anItem('cycle/reach/1/question-3', {
          text: 'Wachtlijst logopedie',
          dueAt: '2026-02-04T14:00:00.000Z',
        }),
        anItem('cycle/reach/1/question-4', {
          text: 'Vervoer naar de leersessies',
          status: 'overdue',
          dueAt: '2026-01-07T14:00:00.000Z',
        }),
      ],
    };
    expect(await queueTableAgenda(db, meeting)).toBe(1);
    expect(await queueTableAgenda(db, meeting)).toBe(0);
    const [mail, ...more] = (await deliver()).filter((m) => m.subject!.startsWith('Agenda'));
    expect(more).toEqual([]);
    expect(to(mail!)?.name).toBe('Dana Visser');
    expect(mail!.subject).toBe(
      'Agenda Managementtafel Jeugd, woensdag 4 februari 2026 om 15:00: 2 open punten',
    );
    const text = mail!.text!;
    expect(text.indexOf('Te laat: Vervoer naar de leersessies')).toBeGreaterThan(-1);
    expect(text.indexOf('Wachtlijst logopedie')).toBeGreaterThan(text.indexOf('Vervoer naar de leersessies'));
    expect(text).toContain(`${site}/escalations?table=mt-jeugd#escalation-cycle-reach-1-question-4`);
  });
});
