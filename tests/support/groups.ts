import {
  addDays,
  dateInZone,
  groupLaunchInputSchema,
  normalizeGroupLaunch,
  type GroupLaunch,
  type GroupLaunchInput,
} from '@leercyclus/domain';

/**
 * An action-learning group's launch input as a client sends it: three first members (the facilitator, a
 * practitioner known by a pseudonymised name, a partner's practitioner with an account), meeting fortnightly on
 * Thursday afternoon from the day after `now` for four months.
 */
export function groupLaunchInput(
  now: Date,
  overrides: Partial<GroupLaunchInput> = {},
): GroupLaunchInput & { requestId: string; startsOn: string; slug: string } {
  const startsOn = addDays(dateInZone(now, 'Europe/Amsterdam'), 1);
  return {
    requestId: `group-request-${now.getTime()}-${Math.random().toString(36).slice(2, 8)}`,
    slug: 'alg-school-en-swt',
    question: 'Hoe komen we samen met school eerder tot een gedeelde aanpak bij zorgen over een kind?',
    theme: 'verklarende analyse',
    facilitator: 'chris.monitor',
    members: [
      { userId: 'chris.monitor', organisation: 'Sociaal WijkTeam West', role: 'facilitator' },
      { displayName: 'Praktijkwerker W1', organisation: 'Sociaal WijkTeam West', role: 'practitioner' },
      { userId: 'eva.deelnemer', organisation: 'Jeugdhulp Rijnmond', role: 'practitioner' },
    ],
    meetings: { weekday: 'thursday', startTime: '15:00', durationMinutes: 120, everyWeeks: 2 },
    startsOn,
    endsOn: addDays(startsOn, 120),
    ...overrides,
  };
}

export function groupLaunchFrom(input: unknown, launchedBy = 'anna.projectleider'): GroupLaunch {
  return normalizeGroupLaunch(groupLaunchInputSchema.parse(input), { launchedBy });
}
