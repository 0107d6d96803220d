import { expect, it } from 'vitest';
import type { CycleRecordHeader, CycleState, Occurrence } from '@leercyclus/domain';
import { applyCycleEvents } from '../cycleEvents/apply.js';
import { cycleEventsFor, eachBackend } from '../testing/index.js';
import { carriedOverBy, recordedCycle } from './cycleRecord.js';

eachBackend('a cycle as the record keeps it', (current) => {
  const events = cycleEventsFor('pagina', 1);
  /** What the launch settled that the page shows. */
  const settled = {
    blackoutDates: ['2026-02-17', '2026-02-19'],
    programmeTeam: { weekday: 'monday', startTime: '10:00', durationMinutes: 90 },
    questionCategories: ['safety', 'education'],
    launchedBy: 'anna.projectleider',
    managementTable: 'mt-jeugd',
    escalateOverdueAfterDays: 10,
  } satisfies Partial<CycleRecordHeader>;
  const launch: Partial<CycleRecordHeader> = {
    ...settled,
    requestId: 'launch-pagina-1',
    closed: null,
    groupOutcomes: [],
  };
  const session = events.heldSession('2026-01-08', 'West', {
    // Not in alphabetical order: the page lists them as the monitor did.
    organisations: ['Jeugdhulp Noord', 'Basisschool De Wilg'],
    caseCodes: ['W-2026-002', 'W-2026-001'],
  });
  const cancelled: Occurrence = {
    id: 'learningSession:zuid:2026-01-06',
    kind: 'learningSession',
    district: 'Zuid',
    date: '2026-01-06',
    startsAt: '2026-01-06T12:00:00.000Z',
    endsAt: '2026-01-06T14:00:00.000Z',
    status: 'cancelled',
    change: { reason: 'Studiedag', at: '2026-01-05T09:00:00.000Z', by: 'bram.coordinator', movedFrom: null },
    record: null,
  };
  const asked = events.question({
    number: 1,
    text: 'Hoe betrekken we de school vroeg bij een casus?',
    status: 'carriedOver',
    responsible: 'bram.coordinator',
    reformulations: [
      { text: 'Hoe werken we samen met school?', at: '2026-01-15T15:00:00.000Z', by: 'chris.monitor' },
    ],
  });
  const escalated = events.question({
    number: 2,
    text: 'Wie betaalt de praktijkondersteuner op school?',
    level: 'system',
    status: 'escalated',
    carriedFrom: { cycleId: 'cycle/pagina/0', number: 2 },
    escalation: {
      id: 'cycle/pagina/1/question-2@2026-03-01T10:00:00.000Z',
      table: 'mt-jeugd',
      why: 'Dat beslist de gemeente.',
      raisedAt: '2026-03-01T10:00:00.000Z',
      raisedBy: 'chris.monitor',
      decision: null,
    },
  });
  const answered = events.question({ number: 3, text: 'Wanneer bellen we terug?', status: 'answered' });
  const checkpoint = events.checkpoint({
    status: 'submitted',
    slotsHandled: 3,
    escalatedAt: '2026-04-17T15:00:00.000Z',
    escalation: {
      id: 'cycle/pagina/1/checkpoint-1',
      table: 'mt-jeugd',
      raisedAt: '2026-04-17T15:00:00.000Z',
      decision: null,
    },
    evaluation: {
      checkpointId: 'checkpoint-1',
      sharpenedQuestions: [{ questionNumber: 1, text: 'Hoe betrekken we de school vroeg bij een casus?' }],
      developmentGoals: [
        { text: 'School schuift aan bij elke nieuwe casus', owner: 'bram.coordinator' },
        { text: 'Een vast aanspreekpunt per school', owner: null },
      ],
      notes: 'Goed gesprek.',
      submittedBy: 'bram.coordinator',
      submittedAt: '2026-04-20T10:00:00.000Z',
    },
  });
  const reminders = [
    events.reminder('checkpoint-1/reminder-1', '2026-04-06T15:00:00.000Z'),
    events.reminder('checkpoint-1/reminder-2', '2026-04-09T15:00:00.000Z'),
  ];
  const closed = { at: '2026-04-21T08:00:00.000Z', by: 'anna.projectleider', reason: 'Einde cyclus' };

  it('holds the whole page of a closed cycle, as its workflow last showed it', async () => {
    const { db } = current();
    await applyCycleEvents(db, [
      events.cycle(launch),
      events.occurrence(cancelled),
      session,
      asked,
      escalated,
      answered,
      checkpoint,
      ...reminders,
      events.cycle({
        ...launch,
        status: 'closed',
        nextEventAt: null,
        closed,
        groupOutcomes: ['group/a/outcome'],
      }),
    ]);

    const page = await recordedCycle(db, events.cycleId);
    expect(page?.whole).toBe(true);
    const header = events.cycle().cycle;
    expect(page?.state).toEqual({
      cycleId: events.cycleId,
      programmeId: 'pagina',
      number: 1,
      title: header.title,
      startsOn: header.startsOn,
      endsOn: header.endsOn,
      timeZone: 'Europe/Amsterdam',
      districts: header.districts,
      ...settled,
      status: 'closed',
      nextEventAt: null,
      overdueCheckpoints: 0,
      occurrences: [cancelled, session.occurrence],
      questions: [asked.question, escalated.question, answered.question],
      checkpoints: [
        {
          ...checkpoint.checkpoint,
          remindersSent: reminders.map((event) => event.reminder),
        },
      ],
      closed,
      groupOutcomes: ['group/a/outcome'],
    } satisfies CycleState);
  });

  it('has no page for a cycle it does not hold', async () => {
    expect(await recordedCycle(current().db, 'cycle/pagina/9')).toBeUndefined();
  });

  it('hands on what a closed cycle carried over and left escalated, and nothing while it runs', async () => {
    const { db } = current();
    expect((await carriedOverBy(db, events.cycleId))?.map((q) => [q.number, q.status])).toEqual([
      [1, 'carriedOver'],
      [2, 'escalated'],
    ]);
    const running = cycleEventsFor('pagina', 2);
    await applyCycleEvents(db, [running.cycle(), running.question({ number: 1, text: 'Nog open?' })]);
    expect(await carriedOverBy(db, running.cycleId)).toBeUndefined();
    expect(await carriedOverBy(db, 'cycle/pagina/9')).toBeUndefined();
  });
});
