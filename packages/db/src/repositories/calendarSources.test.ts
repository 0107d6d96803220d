import type { Occurrence } from '@leercyclus/domain';
import { expect, it } from 'vitest';
import { applyCycleEvents } from '../cycleEvents/apply.js';
import { applyGroupEvents } from '../groupEvents/apply.js';
import { cycleEventsFor, eachBackend, groupEventsFor } from '../testing/index.js';
import { calendarProcesses, occurrenceMoves } from './calendarSources.js';

const session: Occurrence = {
  id: 'learningSession:west:2026-01-15',
  kind: 'learningSession',
  district: 'West',
  date: '2026-01-15',
  startsAt: '2026-01-15T12:30:00.000Z',
  endsAt: '2026-01-15T14:30:00.000Z',
  status: 'planned',
  change: null,
  record: null,
};

/** The session moved to a date at its own time of day, as the workflow moves it. */
function movedTo(from: Occurrence, date: string, at: string): Occurrence {
  return {
    ...from,
    date,
    startsAt: `${date}T12:30:00.000Z`,
    endsAt: `${date}T14:30:00.000Z`,
    change: {
      reason: 'zaal bezet',
      at,
      by: 'bram.coordinator',
      movedFrom: { startsAt: from.startsAt, endsAt: from.endsAt },
    },
  };
}

eachBackend('what calendars read from the record', (current) => {
  it('counts each move of an occurrence once, whatever snapshots follow it', async () => {
    const { db } = current();
    const events = cycleEventsFor('proeftuin', 1);
    const once = movedTo(session, '2026-01-16', '2026-01-10T09:00:00.000Z');
    const twice = movedTo(once, '2026-01-22', '2026-01-12T09:00:00.000Z');
    await applyCycleEvents(db, [
      events.cycle(),
      events.occurrence(once),
      // Turning due carries the same move along: not another one.
      events.occurrence({ ...once, status: 'due' }),
    ]);
    expect(await occurrenceMoves(db, events.cycleId)).toEqual(new Map([[session.id, 1]]));
    await applyCycleEvents(db, [
      events.occurrence(twice),
      events.occurrence({
        ...twice,
        status: 'cancelled',
        change: { reason: 'ziekte', at: '2026-01-20T09:00:00.000Z', by: 'bram.coordinator', movedFrom: null },
      }),
    ]);
    expect(await occurrenceMoves(db, events.cycleId)).toEqual(new Map([[session.id, 2]]));
    // An occurrence never moved is not listed.
    await applyCycleEvents(db, [events.heldSession('2026-01-13', 'Zuid')]);
    expect([...(await occurrenceMoves(db, events.cycleId)).keys()]).toEqual([session.id]);
  });

  it('lists the running cycles and groups asked for, and closed ones only within the window', async () => {
    const { db } = current();
    const running = cycleEventsFor('venster', 1);
    const closedLately = cycleEventsFor('venster', 2);
    const other = cycleEventsFor('elders', 1);
    await applyCycleEvents(db, [running.cycle(), closedLately.cycle({ status: 'closed' }), other.cycle()]);
    const group = groupEventsFor('venster-groep', 'venster');
    await applyGroupEvents(db, group.list.slice(0, 1));
    const since = new Date('2026-01-01T00:00:00Z');
    const listed = await calendarProcesses(db, {
      programmeIds: ['venster'],
      groupIds: [group.groupId],
      since,
    });
    expect(listed.map((p) => p.workflowId)).toEqual([running.cycleId, closedLately.cycleId, group.groupId]);
    // Closed before the window opened: gone from the calendar.
    const afterwards = await calendarProcesses(db, {
      programmeIds: ['venster'],
      groupIds: [],
      since: new Date('2026-06-01T00:00:00Z'),
    });
    expect(afterwards.map((p) => p.workflowId)).toEqual([running.cycleId]);
    expect(await calendarProcesses(db, { programmeIds: [], groupIds: [], since })).toEqual([]);
  });
});
