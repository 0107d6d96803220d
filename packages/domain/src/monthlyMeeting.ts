import { DateTime } from 'luxon';
import { weekdays } from './calendar.js';
import type { TableConfig } from './escalation.js';

type MonthlyMeeting = NonNullable<TableConfig['meeting']>;

/** The meeting of a month: its n-th weekday, at its wall-clock time in the zone. */
function meetingInMonth(year: number, month: number, meeting: MonthlyMeeting, timeZone: string): DateTime {
  const first = DateTime.fromObject({ year, month, day: 1 }, { zone: timeZone });
  const offset = (weekdays.indexOf(meeting.weekday) + 1 - first.weekday + 7) % 7;
  const [hour, minute] = meeting.startTime.split(':').map(Number);
  return first.plus({ days: offset + 7 * (meeting.nth - 1) }).set({ hour, minute });
}

/** The first meeting at or after an instant. */
export function nextMonthlyMeeting(after: Date, meeting: MonthlyMeeting, timeZone: string): Date {
  let month = DateTime.fromJSDate(after, { zone: timeZone }).startOf('month');
  for (;;) {
    const candidate = meetingInMonth(month.year, month.month, meeting, timeZone);
    if (candidate.toMillis() >= after.getTime()) return candidate.toJSDate();
    month = month.plus({ months: 1 });
  }
}

/** Every meeting from one instant up to another, in time order. */
export function monthlyMeetingsBetween(
  from: Date,
  until: Date,
  meeting: MonthlyMeeting,
  timeZone: string,
): Date[] {
  const meetings: Date[] = [];
  for (
    let next = nextMonthlyMeeting(from, meeting, timeZone);
    next <= until;
    next = nextMonthlyMeeting(new Date(next.getTime() + 1), meeting, timeZone)
  ) {
    meetings.push(next);
  }
  return meetings;
}

const dayMs = 86_400_000;

/**
 * When a table owes its answer: its next meeting at least a week away (time to put the item on the agenda), or,
 * with no meetings, the service level.
 */
export function escalationDueAt(receivedAt: Date, config: TableConfig): Date {
  if (config.meeting) {
    return nextMonthlyMeeting(new Date(receivedAt.getTime() + 7 * dayMs), config.meeting, config.timeZone);
  }
  return new Date(receivedAt.getTime() + config.serviceLevelDays * dayMs);
}
