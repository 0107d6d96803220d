import { describe, expect, it } from 'vitest';
import { advanceGroupInputSchema, completeGroupInputSchema } from './groupCommands.js';
import { groupLaunchInputSchema, normalizeGroupLaunch } from './groupLaunch.js';

const input = {
  requestId: 'launch-group-0001',
  slug: 'alg-school',
  question: 'Hoe komen we met school eerder tot een gedeelde aanpak?',
  theme: 'verklarende analyse',
  facilitator: 'chris.monitor',
  members: [
    { userId: 'chris.monitor', organisation: 'SWT West', role: 'facilitator' },
    { displayName: 'Ervaringsdeskundige E1', organisation: 'Cliëntenraad', role: 'expertByExperience' },
  ],
  meetings: { weekday: 'thursday', startTime: '15:00', durationMinutes: 90 },
  startsOn: '2026-02-02',
  endsOn: '2026-06-01',
  fromCycleQuestion: { cycleId: 'cycle/proeftuin/2', questionNumber: 4 },
};

const paths = (result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) =>
  result.error?.issues.map((issue) => issue.path.join('.'));

describe('an action-learning group launch', () => {
  it('fills in the defaults: weekly meetings, members joining at the start, an evaluation owned by the facilitator', () => {
    const launch = normalizeGroupLaunch(groupLaunchInputSchema.parse(input), {
      launchedBy: 'anna.projectleider',
    });
    expect(launch).toMatchObject({
      programmeId: 'proeftuin',
      timeZone: 'Europe/Amsterdam',
      meetings: { everyWeeks: 1 },
      fromCycleQuestion: { cycleId: 'cycle/proeftuin/2', questionNumber: 4 },
    });
    expect(launch.members.map((m) => [m.userId, m.displayName, m.joinedOn])).toEqual([
      ['chris.monitor', null, '2026-02-02'],
      [null, 'Ervaringsdeskundige E1', '2026-02-02'],
    ]);
    expect(launch.checkpoints).toEqual([
      expect.objectContaining({
        id: 'checkpoint-1',
        owner: 'chris.monitor',
        dueOn: '2026-06-01',
        dueTime: '17:00',
      }),
    ]);
  });

  it('names the field that is wrong', () => {
    const refused = (change: object) => paths(groupLaunchInputSchema.safeParse({ ...input, ...change }));
    expect(refused({ members: [{ organisation: 'SWT', role: 'practitioner' }] })).toEqual([
      'members.0.displayName',
    ]);
    expect(refused({ members: [input.members[0], input.members[0]] })).toEqual(['members']);
    expect(refused({ meetings: { ...input.meetings, everyWeeks: 6 } })).toEqual(['meetings.everyWeeks']);
    expect(refused({ endsOn: '2028-06-01' })).toEqual(['endsOn']);
    expect(refused({ programmeId: 'andere' })).toEqual(['fromCycleQuestion.cycleId']);
    expect(refused({ question: 'Jan, geboren 12-03-2015, wat nu?' })).toEqual(['question']);
  });

  it('takes each step with its own fields, and a completion with a lesson and what was (not) embedded', () => {
    expect(
      paths(advanceGroupInputSchema.safeParse({ step: 'act', conclusion: 'Gedaan', action: 'Gesprek' })),
    ).toEqual(['takenBy']);
    expect(paths(advanceGroupInputSchema.safeParse({ step: 'setGoal', conclusion: 'Ok' }))).toEqual(['goal']);
    expect(paths(completeGroupInputSchema.safeParse({ lessons: ['Samen kijken helpt.'] }))).toEqual([
      'embedded',
    ]);
    expect(paths(completeGroupInputSchema.safeParse({ embedded: ['Casusoverleg'], lessons: [] }))).toEqual([
      'lessons',
    ]);
  });
});
