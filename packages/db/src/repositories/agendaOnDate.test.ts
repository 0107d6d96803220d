import { compareAgendas } from '@leercyclus/domain';
import { expect, it } from 'vitest';
import { applyCycleEvents } from '../cycleEvents/apply.js';
import { cycleEventsFor, eachBackend } from '../testing/index.js';
import { agendaOnDate } from './agendaOnDate.js';

eachBackend('the agenda on an earlier day, from the record', (current) => {
  it('shows each question as it stood that day, and what changed between two days', async () => {
    const { db } = current();
    const events = cycleEventsFor('agenda-op-datum', 1);
    // Each event is stamped a minute apart from 5 January; the test moves them to the days it needs.
    const on = <E extends { at: string }>(event: E, at: string): E => ({ ...event, at });
    const first = { number: 1, text: 'Wie belt school?', raisedAt: '2026-01-08T15:00:00.000Z' };
    const second = { number: 2, text: 'Wat vraagt de ouder?', raisedAt: '2026-02-10T15:00:00.000Z' };
    const third = { number: 3, text: 'Wie betaalt de schil?', raisedAt: '2026-01-09T15:00:00.000Z' };
    await applyCycleEvents(db, [
      events.cycle(),
      on(events.question(first), first.raisedAt),
      on(events.question(third), third.raisedAt),
      on(events.question(second), second.raisedAt),
      on(
        events.question({
          ...first,
          text: 'Hoe krijgen we school eerder aan tafel?',
          reformulations: [{ text: first.text, at: '2026-02-12T10:00:00.000Z', by: 'chris.monitor' }],
        }),
        '2026-02-12T10:00:00.000Z',
      ),
      on(events.question({ ...third, status: 'escalated' }), '2026-02-20T10:00:00.000Z'),
      on(
        events.question({ ...second, status: 'answered', lesson: 'Vraag de ouder eerst.' }),
        '2026-03-03T10:00:00.000Z',
      ),
    ]);

    const january = await agendaOnDate(db, events.cycleId, '2026-01-31');
    expect(january.map((q) => [q.number, q.text, q.status])).toEqual([
      [1, 'Wie belt school?', 'open'],
      [3, 'Wie betaalt de schil?', 'open'],
    ]);
    const march = await agendaOnDate(db, events.cycleId, '2026-03-31');
    expect(march.map((q) => [q.number, q.status])).toEqual([
      [1, 'open'],
      [2, 'answered'],
      [3, 'escalated'],
    ]);
    expect(await agendaOnDate(db, events.cycleId, '2026-01-07')).toEqual([]);

    expect(
      compareAgendas({ date: '2026-01-31', questions: january }, { date: '2026-03-31', questions: march }),
    ).toEqual({
      from: '2026-01-31',
      to: '2026-03-31',
      added: [{ number: 2, text: 'Wat vraagt de ouder?' }],
      reformulated: [
        { number: 1, text: 'Hoe krijgen we school eerder aan tafel?', before: 'Wie belt school?' },
      ],
      answered: [{ number: 2, text: 'Wat vraagt de ouder?' }],
      escalated: [{ number: 3, text: 'Wie betaalt de schil?' }],
    });
  });
});
