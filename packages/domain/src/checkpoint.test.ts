import { describe, expect, it } from 'vitest';
import { dueReminderSlot, reminderSlotAt } from './checkpoint.js';

const zone = 'Europe/Amsterdam';
const checkpoint = {
  dueAt: '2026-03-13T16:00:00.000Z', // Friday 13 March, 17:00 in Amsterdam
  cadence: { daysBefore: [7, 0], overdueEveryDays: 3 },
};
const iso = (ms: number) => new Date(ms).toISOString();

describe('a checkpoint reminder cadence', () => {
  it('reminds at 09:00 a week before and on the day, then every three days while overdue', () => {
    const slots = [0, 1, 2, 3].map((slot) => reminderSlotAt(checkpoint, slot, zone));
    expect(slots.map((s) => [s.kind, iso(s.at)])).toEqual([
      ['before', '2026-03-06T08:00:00.000Z'],
      ['onDay', '2026-03-13T08:00:00.000Z'],
      ['overdue', '2026-03-16T16:00:00.000Z'],
      ['overdue', '2026-03-19T16:00:00.000Z'],
    ]);
  });

  it('sends nothing before the first slot, and the slot that has come once it has', () => {
    expect(
      dueReminderSlot({ ...checkpoint, slotsHandled: 0 }, Date.parse('2026-03-06T07:59:00Z'), zone),
    ).toBeUndefined();
    expect(
      dueReminderSlot({ ...checkpoint, slotsHandled: 0 }, Date.parse('2026-03-06T08:00:00Z'), zone),
    ).toEqual({
      slot: 0,
      kind: 'before',
      send: true,
    });
    expect(
      dueReminderSlot({ ...checkpoint, slotsHandled: 1 }, Date.parse('2026-03-10T08:00:00Z'), zone),
    ).toBeUndefined();
  });

  it('sends one reminder, not a burst, when several slots passed at once', () => {
    expect(
      dueReminderSlot({ ...checkpoint, slotsHandled: 0 }, Date.parse('2026-03-20T12:00:00Z'), zone),
    ).toEqual({
      slot: 3,
      kind: 'overdue',
      send: true,
    });
  });

  it('does not send a before-the-deadline reminder once the deadline has passed', () => {
    expect(
      dueReminderSlot({ ...checkpoint, slotsHandled: 0 }, Date.parse('2026-03-13T17:00:00Z'), zone),
    ).toEqual({
      slot: 1,
      kind: 'onDay',
      send: false,
    });
  });

  it('reminds on the day two hours before a deadline at or before 09:00, and sends it', () => {
    const early = { dueAt: '2026-03-13T08:00:00.000Z', cadence: { daysBefore: [0], overdueEveryDays: 3 } }; // 09:00
    const onDay = reminderSlotAt(early, 0, zone);
    expect([onDay.kind, iso(onDay.at)]).toEqual(['onDay', '2026-03-13T06:00:00.000Z']);
    expect(dueReminderSlot({ ...early, slotsHandled: 0 }, onDay.at, zone)).toEqual({
      slot: 0,
      kind: 'onDay',
      send: true,
    });
    // As processes started before this rule keep replaying: the slot falls on the deadline, and is not sent.
    const legacy = reminderSlotAt(early, 0, zone, 'legacy');
    expect(iso(legacy.at)).toBe('2026-03-13T08:00:00.000Z');
    expect(dueReminderSlot({ ...early, slotsHandled: 0 }, legacy.at, zone, 'legacy')?.send).toBe(false);
  });

  it('keeps the clock time of overdue reminders across the change to summer time', () => {
    // Due Friday 27 March 17:00 (winter time); the clocks go forward on Sunday 29 March.
    const spring = { dueAt: '2026-03-27T16:00:00.000Z', cadence: { daysBefore: [], overdueEveryDays: 3 } };
    const overdue = reminderSlotAt(spring, 0, zone);
    expect(iso(overdue.at)).toBe('2026-03-30T15:00:00.000Z'); // Monday 30 March, 17:00 summer time
    expect(iso(reminderSlotAt(spring, 0, zone, 'legacy').at)).toBe('2026-03-30T16:00:00.000Z'); // 18:00
  });
});
