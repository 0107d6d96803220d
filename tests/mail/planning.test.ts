import { DateTime } from 'luxon';
import { beforeAll, describe, expect, it } from 'vitest';
import { applyCycleEvents } from '@leercyclus/db';
import { cycleEventsFor } from '@leercyclus/db/testing';
import {
  nextMonthlyMeeting,
  tableConfigSchema,
  tableWorkflowId,
  type TableConfigInput,
} from '@leercyclus/domain';
import {
  configureTableSignal,
  escalateSignal,
  managementTableStartOptions,
  tableStateQuery,
  taskQueue,
  type PlanReport,
} from '@leercyclus/workflows';

import { deliverMailNow } from '../support/mail.js';
import { grantParts } from '../support/people.js';
import { useSystem } from '../support/system.js';

const dayMs = 86_400_000;
const plan: TableConfigInput = {
  slug: 'mt-plan',
  name: 'Managementtafel Plan',
  members: ['dana.management'],
  meeting: { nth: 1, weekday: 'wednesday', startTime: '15:00' },
};

describe('agendas and weekly digests, planned by the mail-planning workflow on a Temporal dev server', () => {
  const system = useSystem('devServer', { mail: {} });
  let runs = 0;
  /** One run of the schedule's workflow, planning as of a given moment. */
  const planMailAt = (at: Date): Promise<PlanReport> =>
    system.env.client.workflow.execute('planMail', {
      taskQueue,
      workflowId: `mail/plan-test-${(runs += 1)}`,
      args: [at.toISOString()],
    });
  /** What the sink received (read back with mailparser) under a subject. */
  const receivedWith = async (subjectStart: string) =>
    (await system.mail.received()).filter((m) => m.subject.startsWith(subjectStart));

  beforeAll(async () => {
    await grantParts(system.record.db, { programmes: ['plan'], tables: ['mt-plan'] });
    await system.env.client.workflow.signalWithStart('managementTable', {
      ...managementTableStartOptions(plan),
      signal: configureTableSignal,
      signalArgs: [tableConfigSchema.parse(plan)],
    });
  });

  it("queues a table's agenda a week before its meeting, once per member, and delivers it", async () => {
    const table = system.env.client.workflow.getHandle(tableWorkflowId('mt-plan'));
    await table.signal(escalateSignal, {
      id: 'cycle/plan/1/question-1',
      table: 'mt-plan',
      source: {
        kind: 'cycleQuestion',
        processId: 'cycle/plan/1',
        programmeId: 'plan',
        questionNumber: 1,
        checkpointId: null,
        obstacleId: null,
      },
      text: 'Wachtlijst jeugd-GGZ',
      why: 'Geen plek binnen zes weken.',
      raisedBy: 'chris.monitor',
      raisedAt: new Date().toISOString(),
    });
    await expect.poll(async () => (await table.query(tableStateQuery)).open.length).toBe(1);

    // More than a week before the meeting: nothing yet. From a week before: one agenda, and only one.
    const meetingAt = nextMonthlyMeeting(new Date(Date.now() + 9 * dayMs), plan.meeting!, 'Europe/Amsterdam');
    const weekBefore = meetingAt.getTime() - 7 * dayMs;
    expect((await planMailAt(new Date(weekBefore - 60 * 60_000))).agendas).toBe(0);
    expect((await planMailAt(new Date(weekBefore + 60_000))).agendas).toBe(1);
    expect((await planMailAt(new Date(weekBefore + 15 * 60_000))).agendas).toBe(0);

    await deliverMailNow(system.env.client);
    const [agenda, ...more] = await receivedWith('Agenda Managementtafel Plan');
    expect(more).toEqual([]);
    const meeting = DateTime.fromJSDate(meetingAt, { zone: 'Europe/Amsterdam' }).setLocale('nl');
    expect(agenda!.subject).toBe(
      `Agenda Managementtafel Plan, ${meeting.toFormat('cccc d LLLL yyyy')} om 15:00: 1 open punt`,
    );
    expect(agenda!.text).toContain('Beste Dana Visser,');
    expect(agenda!.text).toContain('Wachtlijst jeugd-GGZ');
    expect(agenda!.text).toContain('/escalations?table=mt-plan#escalation-cycle-plan-1-question-1');
  });

  it('queues the coordinators’ weekly digest on Monday from 08:00 Amsterdam time, once that week', async () => {
    const monday = DateTime.fromJSDate(new Date(), { zone: 'Europe/Amsterdam' })
      .plus({ weeks: 1 })
      .startOf('week')
      .set({ hour: 8, minute: 5 });
    const events = cycleEventsFor('plan', 1);
    const due = (days: number) => monday.plus({ days }).toUTC().toISO()!;
    await applyCycleEvents(system.record.db, [
      events.cycle({ title: 'Proeftuin Plan' }),
      events.checkpoint({ id: 'te-laat', title: 'Startevaluatie', dueAt: due(-3), status: 'overdue' }),
      events.checkpoint({ id: 'binnenkort', title: 'Tussenevaluatie', dueAt: due(2) }),
    ]);
    expect((await planMailAt(monday.minus({ hours: 1 }).toJSDate())).weeklyDigests).toBe(0);
    expect((await planMailAt(monday.toJSDate())).weeklyDigests).toBe(2);
    expect((await planMailAt(monday.plus({ hours: 3 }).toJSDate())).weeklyDigests).toBe(0);
    expect((await planMailAt(monday.plus({ days: 1 }).toJSDate())).weeklyDigests).toBe(0);

    await deliverMailNow(system.env.client);
    const digests = await receivedWith('Leercyclus, week');
    expect(digests.map((d) => d.to).sort()).toEqual([
      'Anna de Vries <anna@example.org>',
      'Bram Jansen <bram@example.org>',
    ]);
    expect(digests[0]!.subject).toBe(
      `Leercyclus, week ${monday.weekNumber} van ${monday.weekYear}: 1 te laat, 1 binnen een week`,
    );
    expect(digests[0]!.text).toContain('Te laat: Startevaluatie — Proeftuin Plan');
  });
});
