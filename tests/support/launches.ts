import {
  addDays,
  cycleLaunchInputSchema,
  dateInZone,
  normalizeCycleLaunch,
  type CycleLaunch,
  type CycleLaunchInput,
} from '@leercyclus/domain';

/** A two-district launch input as a client sends it, starting the day after `now` in Amsterdam. */
export function launchInput(
  now: Date,
  overrides: Partial<CycleLaunchInput> = {},
): CycleLaunchInput & { requestId: string; startsOn: string } {
  return {
    requestId: `request-${now.getTime()}-${Math.random().toString(36).slice(2, 8)}`,
    programmeId: 'proeftuin-samenspel',
    number: 1,
    title: 'Proeftuin samenspel in de wijk — cyclus 1',
    startsOn: addDays(dateInZone(now, 'Europe/Amsterdam'), 1),
    districts: [
      { name: 'West', weekday: 'thursday', startTime: '13:30', durationMinutes: 120 },
      { name: 'Zuid', weekday: 'tuesday', startTime: '13:00', durationMinutes: 120 },
    ],
    ...overrides,
  };
}

export function launchFrom(input: unknown, launchedBy = 'anna.projectleider'): CycleLaunch {
  return normalizeCycleLaunch(cycleLaunchInputSchema.parse(input), { launchedBy });
}
