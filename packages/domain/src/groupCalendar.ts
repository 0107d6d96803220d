import type { GroupLaunch } from './groupLaunch.js';
import type { GroupMeeting } from './groupState.js';
import { weeklyOccurrences } from './schedule.js';

/**
 * A group's meetings, dated from its cadence with the same DST-safe schedule the cycles use. Pure, so the
 * workflow plans with it and the launch wizard previews with it: what is shown is what will run.
 */
export function groupMeetings(
  launch: Pick<GroupLaunch, 'meetings' | 'startsOn' | 'endsOn' | 'timeZone' | 'blackoutDates'>,
): GroupMeeting[] {
  const { everyWeeks, ...slot } = launch.meetings;
  return weeklyOccurrences({
    slot,
    everyWeeks,
    from: launch.startsOn,
    until: launch.endsOn,
    timeZone: launch.timeZone,
    blackoutDates: launch.blackoutDates,
  }).map((dated) => ({ id: `meeting:${dated.date}`, ...dated, status: 'planned' }));
}
