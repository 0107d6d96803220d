import type { GroupMeeting } from '@leercyclus/domain/workflow';

/** Planned meetings whose start has passed become due. Returns the ones that changed. */
export function markDueMeetings(meetings: GroupMeeting[], now: number): GroupMeeting[] {
  const changed: GroupMeeting[] = [];
  for (const meeting of meetings) {
    if (meeting.status === 'planned' && Date.parse(meeting.startsAt) <= now) {
      meeting.status = 'due';
      changed.push(meeting);
    }
  }
  return changed;
}

/** The start of the earliest meeting still planned, as epoch ms. */
export function nextMeetingStart(meetings: readonly GroupMeeting[]): number | undefined {
  let next: number | undefined;
  for (const meeting of meetings) {
    if (meeting.status !== 'planned') continue;
    const start = Date.parse(meeting.startsAt);
    if (next === undefined || start < next) next = start;
  }
  return next;
}
