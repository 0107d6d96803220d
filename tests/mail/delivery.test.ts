import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { tables } from '@leercyclus/db';
import { addDays, dateInZone } from '@leercyclus/domain';
import { messageIdFor } from '@leercyclus/mail';
import type { SinkRefusal } from '@leercyclus/mail/sink';
import { ensureMailDelivery, ensureMailPlanning } from '@leercyclus/worker';
import { mailDeliveryScheduleId, mailPlanningScheduleId } from '@leercyclus/workflows';
import { eventually } from '../support/api.js';
import { launchInput } from '../support/launches.js';
import { deliverMailNow } from '../support/mail.js';
import { grantParts, people } from '../support/people.js';
import { useSystem } from '../support/system.js';

const { leader, coordinator } = people;
const today = () => dateInZone(new Date(), 'Europe/Amsterdam');

/** What the sink refuses: set by a test, cleared after it. */
let refuseRecipient: ((address: string) => SinkRefusal | null) | null = null;
let refuseData: (() => SinkRefusal | null) | null = null;

describe('reminders by e-mail, through the workflow that delivers them, on a Temporal dev server', () => {
  const system = useSystem('devServer', {
    api: true,
    mail: {
      refuseRecipient: (address) => refuseRecipient?.(address) ?? null,
      refuseData: () => refuseData?.() ?? null,
    },
  });
  afterEach(() => {
    refuseRecipient = null;
    refuseData = null;
  });

  const programmes = ['mail-verstuurd', 'mail-later', 'mail-geweigerd'];
  beforeAll(() => grantParts(system.record.db, { programmes }));

  /** Launches a cycle whose checkpoint is a week overdue: its reminder, mandatory, is queued for Bram. */
  async function overdueReminder(programmeId: string): Promise<string> {
    await system.api.as(leader).cycles.launch.mutate({
      ...launchInput(new Date(), { programmeId, number: 1, startsOn: addDays(today(), -35) }),
      checkpoints: [
        { title: 'Tussenevaluatie', owner: coordinator, dueOn: addDays(today(), -8), dueTime: '17:00' },
      ],
    });
    const ref = { programmeId, number: 1 };
    const reminders = await eventually(
      () => system.api.as(coordinator).mail.reminders.query(ref),
      (statuses) => Object.keys(statuses).length === 1,
    );
    const [reminderId] = Object.keys(reminders);
    expect(reminders[reminderId!]).toMatchObject({ state: 'queued', inDigest: false });
    return `checkpointReminder:cycle/${programmeId}/1#${reminderId}`;
  }

  const message = async (id: string) =>
    (await system.record.db.select().from(tables.messages).where(eq(tables.messages.id, id)))[0]!;

  it('sends the overdue reminder to its owner, by name, and the overdue list says when', async () => {
    const id = await overdueReminder('mail-verstuurd');
    const report = await deliverMailNow(system.env.client);
    expect(report.sent).toBeGreaterThanOrEqual(1);

    const [mail] = (await system.mail.received()).filter(
      (m) => m.messageId === messageIdFor(id, 'gemeente.example'),
    );
    expect(mail).toMatchObject({
      to: 'Bram Jansen <bram@example.org>',
      subject: 'Te laat: evaluatie ‘Tussenevaluatie’',
    });
    expect(mail!.text).toContain('Beste Bram Jansen,');
    expect(mail!.text).toContain('/cycles/mail-verstuurd/1?tab=checkpoints#checkpoint-');

    const overdue = await system.api
      .as(coordinator)
      .checkpoints.overdue.query({ programmeId: 'mail-verstuurd' });
    expect(overdue[0]!.lastReminderMail).toMatchObject({ state: 'sent', reason: null });
    expect(Date.parse(overdue[0]!.lastReminderMail!.at)).toBeGreaterThan(Date.now() - 60_000);
    expect(await message(id)).toMatchObject({ state: 'sent', attempts: 1 });
  });

  it('retries a send the server turns away for now (451), and it is sent once accepted', async () => {
    const id = await overdueReminder('mail-later');
    let refused = 0;
    refuseData = () => (refused++ === 0 ? { code: 451, message: '4.7.1 Even geduld' } : null);
    const report = await deliverMailNow(system.env.client);
    expect(report).toEqual({ sent: 1, notSent: 0 });
    expect(refused).toBe(2);
    expect(await message(id)).toMatchObject({ state: 'sent', attempts: 2, reason: null });
  });

  it('stops at a recipient the server refuses for good (550): failed with the reason, tried once', async () => {
    const id = await overdueReminder('mail-geweigerd');
    refuseRecipient = () => ({ code: 550, message: '5.1.1 Deze ontvanger bestaat niet' });
    const report = await deliverMailNow(system.env.client);
    expect(report).toEqual({ sent: 0, notSent: 1 });
    expect(await message(id)).toMatchObject({
      state: 'failed',
      attempts: 1,
      reason: '550 5.1.1 Deze ontvanger bestaat niet',
    });
    const [row] = await system.api
      .as(coordinator)
      .checkpoints.overdue.query({ programmeId: 'mail-geweigerd' });
    expect(row!.lastReminderMail).toMatchObject({
      state: 'failed',
      reason: '550 5.1.1 Deze ontvanger bestaat niet',
    });
    // The next run leaves it be.
    expect(await deliverMailNow(system.env.client)).toEqual({ sent: 0, notSent: 0 });
  });

  it('is delivered every minute by one schedule, made once however many workers start', async () => {
    await ensureMailDelivery(system.env.client);
    await ensureMailDelivery(system.env.client);
    const handle = system.env.client.schedule.getHandle(mailDeliveryScheduleId);
    try {
      const schedule = await handle.describe();
      expect(schedule.spec.intervals?.map((interval) => interval.every)).toEqual([60_000]);
      expect(schedule.policies.overlap).toBe('SKIP');
      expect(schedule.action).toMatchObject({ type: 'startWorkflow', workflowType: 'deliverMail' });
    } finally {
      await handle.delete();
    }
  });

  it('plans agendas and weekly digests every quarter hour by one schedule, made once however many workers start', async () => {
    await ensureMailPlanning(system.env.client);
    await ensureMailPlanning(system.env.client);
    const handle = system.env.client.schedule.getHandle(mailPlanningScheduleId);
    try {
      const schedule = await handle.describe();
      expect(schedule.spec.intervals?.map((interval) => interval.every)).toEqual([15 * 60_000]);
      expect(schedule.policies.overlap).toBe('SKIP');
      expect(schedule.action).toMatchObject({ type: 'startWorkflow', workflowType: 'planMail' });
    } finally {
      await handle.delete();
    }
  });
});
