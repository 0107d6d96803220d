import { beforeAll, expect, it } from 'vitest';
import { applyCycleEvents } from '../cycleEvents/apply.js';
import { cycleEventsFor, eachBackend } from '../testing/index.js';
import { listOverdueCheckpoints } from './checkpoints.js';
import { listCycles } from './cycles.js';

const sent = (n: number) =>
  Array.from({ length: n }, (_, i) => ({
    id: `r${i}`,
    checkpointId: 'checkpoint-1',
    kind: 'overdue' as const,
    at: '2026-04-06T15:00:00.000Z',
    recipient: 'bram.coordinator',
    sentBy: null,
  }));

eachBackend('process lists', (current) => {
  beforeAll(async () => {
    const first = cycleEventsFor('lijst', 1);
    const second = cycleEventsFor('lijst', 2);
    const closed = cycleEventsFor('lijst', 3);
    const elsewhere = cycleEventsFor('elders', 1);
    await applyCycleEvents(current().db, [
      first.cycle({ overdueCheckpoints: 1 }),
      first.checkpoint({ dueAt: '2026-04-03T15:00:00.000Z', status: 'overdue', remindersSent: sent(3) }),
      first.reminder('checkpoint-1/reminder-3', '2026-04-06T15:00:00.000Z'),
      first.checkpoint({ id: 'checkpoint-2', dueAt: '2026-04-01T15:00:00.000Z', status: 'submitted' }),
      second.cycle({ title: 'Cyclus 2' }),
      second.checkpoint({ dueAt: '2026-04-10T15:00:00.000Z' }),
      second.checkpoint({
        id: 'checkpoint-2',
        title: 'Tussentijdse evaluatie',
        owner: 'chris.monitor',
        dueAt: '2026-03-20T15:00:00.000Z',
      }),
      closed.cycle({ status: 'closed' }),
      closed.checkpoint({ dueAt: '2026-03-01T15:00:00.000Z' }),
      elsewhere.cycle(),
    ]);
  });

  it('lists cycles newest first, by programme and status', async () => {
    const { db } = current();
    expect((await listCycles(db, { programmeId: 'lijst' })).map((c) => c.workflowId)).toEqual([
      'cycle/lijst/3',
      'cycle/lijst/2',
      'cycle/lijst/1',
    ]);
    const [newestRunning, ...others] = await listCycles(db, {
      programmeId: 'lijst',
      status: 'running',
      limit: 1,
    });
    expect(others).toEqual([]);
    const { startedAt, ...listed } = newestRunning!;
    expect(Date.parse(startedAt)).not.toBeNaN();
    expect(listed).toEqual({
      workflowId: 'cycle/lijst/2',
      programmeId: 'lijst',
      number: 2,
      title: 'Cyclus 2',
      status: 'running',
      districts: ['West', 'Zuid'],
      nextEventAt: '2026-01-06T12:00:00.000Z',
      overdueCheckpoints: 0,
    });
    expect((await listCycles(db)).length).toBe(4);
  });

  it('lists unsubmitted checkpoints of running cycles past due, with days overdue, reminders and their e-mail', async () => {
    const overdue = await listOverdueCheckpoints(current().db, new Date('2026-04-08T16:00:00.000Z'));
    expect(overdue).toEqual([
      {
        kind: 'learningCycle',
        processId: 'cycle/lijst/2',
        processTitle: 'Cyclus 2',
        cycleId: 'cycle/lijst/2',
        programmeId: 'lijst',
        number: 2,
        cycleTitle: 'Cyclus 2',
        groupSlug: null,
        lastReminderAt: null,
        lastReminderMail: null,
        checkpointId: 'checkpoint-2',
        title: 'Tussentijdse evaluatie',
        owner: 'chris.monitor',
        dueAt: '2026-03-20T15:00:00.000Z',
        daysOverdue: 19,
        remindersSent: 0,
      },
      expect.objectContaining({
        cycleId: 'cycle/lijst/1',
        checkpointId: 'checkpoint-1',
        daysOverdue: 5,
        remindersSent: 3,
        lastReminderAt: '2026-04-06T15:00:00.000Z',
        // Queued, not sent: the list says sent only once the mail server has accepted it.
        lastReminderMail: expect.objectContaining({
          state: 'queued',
          reason: null,
          inDigest: false,
        }) as unknown,
      }),
    ]);
  });
});
