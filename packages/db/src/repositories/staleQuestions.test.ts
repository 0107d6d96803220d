import { expect, it } from 'vitest';
import { applyCycleEvents } from '../cycleEvents/apply.js';
import { aProgramme, cycleEventsFor, eachBackend } from '../testing/index.js';
import { staleQuestions } from './staleQuestions.js';

eachBackend('questions that lie still, from the record', (current) => {
  it('flags a question unchanged for twelve weeks within one cycle, and not one changed since', async () => {
    const { db } = current();
    await aProgramme(db, 'liggen-weken');
    const events = cycleEventsFor('liggen-weken', 1);
    await applyCycleEvents(db, [
      events.cycle({ startsOn: '2026-01-05', endsOn: '2026-06-30' }),
      events.question({ number: 1, text: 'Wie belt school?', raisedAt: '2026-01-08T15:00:00.000Z' }),
      events.question({
        number: 2,
        text: 'Wat doet de huisarts?',
        raisedAt: '2026-01-08T15:00:00.000Z',
        reformulations: [{ text: 'Huisarts?', at: '2026-03-01T10:00:00.000Z', by: 'chris.monitor' }],
      }),
      events.question({
        number: 3,
        text: 'Wie betaalt de schil?',
        raisedAt: '2026-01-08T15:00:00.000Z',
        status: 'escalated',
      }),
    ]);
    expect(await staleQuestions(db, 'liggen-weken', new Date('2026-04-01T10:00:00Z'))).toEqual([]);
    expect(await staleQuestions(db, 'liggen-weken', new Date('2026-04-02T10:00:00Z'))).toEqual([
      {
        programmeId: 'liggen-weken',
        cycleId: events.cycleId,
        cycleNumber: 1,
        number: 1,
        text: 'Wie belt school?',
        status: 'open',
        lastChangeAt: '2026-01-08T15:00:00.000Z',
        reason: 'weeks',
      },
    ]);
  });

  it('flags a question carried over unchanged while two cycles began, within fewer weeks', async () => {
    const { db } = current();
    await aProgramme(db, 'liggen-cycli');
    const cycles = [1, 2, 3].map((n) => cycleEventsFor('liggen-cycli', n));
    const [first, second, third] = cycles as [(typeof cycles)[0], (typeof cycles)[0], (typeof cycles)[0]];
    const carried = { number: 1, text: 'Wie belt school?', raisedAt: '2026-01-08T15:00:00.000Z' };
    const later = { number: 2, text: 'Wat vraagt de ouder?', raisedAt: '2026-02-05T15:00:00.000Z' };
    await applyCycleEvents(db, [
      first.cycle({ startsOn: '2026-01-05', endsOn: '2026-02-01', status: 'closed' }),
      first.question({ ...carried, status: 'carriedOver' }),
      second.cycle({ startsOn: '2026-02-02', endsOn: '2026-03-01', status: 'closed' }),
      second.question({ ...carried, status: 'carriedOver' }),
      second.question({ ...later, status: 'carriedOver' }),
      third.cycle({ startsOn: '2026-03-02', endsOn: '2026-05-31' }),
      third.question({ ...carried, carriedFrom: { cycleId: second.cycleId, number: 1 } }),
      third.question({ ...later, carriedFrom: { cycleId: second.cycleId, number: 2 } }),
    ]);
    const stale = await staleQuestions(db, 'liggen-cycli', new Date('2026-03-10T10:00:00Z'));
    expect(stale.map((q) => [q.cycleNumber, q.number, q.reason])).toEqual([[3, 1, 'cycles']]);
  });
});
