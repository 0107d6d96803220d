import { z } from 'zod';
import { weeklyOccurrences, type DatedSlot } from './schedule.js';
import { zonedInstant } from './calendar.js';
import type { CycleLaunch } from './cycleLaunch.js';
import { recordedSessionSchema } from './sessionRecord.js';

export const occurrenceKinds = ['learningSession', 'programmeTeamMeeting', 'partnerGathering'] as const;
export type OccurrenceKind = (typeof occurrenceKinds)[number];

export const occurrenceStatuses = ['planned', 'due', 'held', 'cancelled'] as const;
export type OccurrenceStatus = (typeof occurrenceStatuses)[number];

export const occurrenceChangeSchema = z.object({
  reason: z.string(),
  at: z.string(),
  by: z.string(),
  /** The moment before it was moved; null for a cancellation. */
  movedFrom: z.object({ startsAt: z.string(), endsAt: z.string() }).nullable(),
});

export const occurrenceSchema = z.object({
  /** Stable within a cycle: kind, district and original date. */
  id: z.string(),
  kind: z.enum(occurrenceKinds),
  /** Null for the programme team, which meets for all districts. */
  district: z.string().nullable(),
  date: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  status: z.enum(occurrenceStatuses),
  /** The latest move or cancellation, with its reason. */
  change: occurrenceChangeSchema.nullable(),
  record: recordedSessionSchema.nullable(),
});
export type Occurrence = z.infer<typeof occurrenceSchema>;

export function slug(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function occurrence(kind: OccurrenceKind, district: string | null, slot: DatedSlot): Occurrence {
  return {
    id: `${kind}:${district === null ? 'programme' : slug(district)}:${slot.date}`,
    kind,
    district,
    ...slot,
    status: 'planned',
    change: null,
    record: null,
  };
}

/**
 * Every planned occurrence of a cycle, in time order: weekly learning sessions per district, the programme
 * team every two weeks, and the partner gatherings (which take the place of a district's session that day).
 */
export function cycleCalendar(launch: CycleLaunch, range?: { from: string }): Occurrence[] {
  const from = range?.from ?? launch.startsOn;
  const gatherings = launch.partnerGatherings.filter((g) => g.date >= from && g.date <= launch.endsOn);
  const gatheringDays = new Set(gatherings.map((g) => `${g.district}|${g.date}`));
  const schedule = {
    from,
    until: launch.endsOn,
    timeZone: launch.timeZone,
    blackoutDates: launch.blackoutDates,
  };
  const sessions = launch.districts.flatMap((district) =>
    weeklyOccurrences({ ...schedule, slot: district })
      .filter((slot) => !gatheringDays.has(`${district.name}|${slot.date}`))
      .map((slot) => occurrence('learningSession', district.name, slot)),
  );
  const programmeTeam = launch.programmeTeam
    ? weeklyOccurrences({ ...schedule, slot: launch.programmeTeam, everyWeeks: 2 }).map((slot) =>
        occurrence('programmeTeamMeeting', null, slot),
      )
    : [];
  const partnerGatherings = gatherings.map((g) => {
    const startsAt = zonedInstant(g.date, g.startTime, launch.timeZone);
    const endsAt = new Date(startsAt.getTime() + g.durationMinutes * 60_000);
    return occurrence('partnerGathering', g.district, {
      date: g.date,
      startsAt: startsAt.toISOString(),
      endsAt: endsAt.toISOString(),
    });
  });
  return [...sessions, ...programmeTeam, ...partnerGatherings].sort(byStartThenId);
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Calendar order. A plain comparison of code units, not `localeCompare`: workflow code must sort the same on
 * every worker, whatever its ICU data.
 */
export function byStartThenId(
  a: Pick<Occurrence, 'startsAt' | 'id'>,
  b: Pick<Occurrence, 'startsAt' | 'id'>,
) {
  return compare(a.startsAt, b.startsAt) || compare(a.id, b.id);
}
