import { applyCycleEvents, closeCase, registerCase, type Db } from '@leercyclus/db';
import { aProgramme, cycleEventsFor } from '@leercyclus/db/testing';
import {
  caseCloseInputSchema,
  caseRegisterInputSchema,
  defaultQuestionCategories,
  type CycleRecordEvent,
} from '@leercyclus/domain';

export interface ReportedCycleOptions {
  programmeId: string;
  weeks: number;
  questions: number;
}

const districts = ['West', 'Zuid', 'Noord'];

/** What the first question tried, and its effect as judged later. */
const triedWithSchool = {
  number: 1,
  text: 'Wekelijks overleg met de intern begeleider',
  takenBy: 'chris.monitor',
  startsOn: '2026-01-12',
  recordedBy: 'chris.monitor',
  recordedAt: '2026-01-12T09:00:00.000Z',
  effects: [
    {
      text: 'Sneller contact met school',
      observedOn: '2026-02-09',
      judgedBy: 'anna.projectleider',
      helped: 'partly' as const,
      recordedBy: 'chris.monitor',
      recordedAt: '2026-02-09T10:00:00.000Z',
    },
  ],
};

/**
 * A cycle as its workflow reports it to the record, for the report tests and the bench: a weekly held session
 * in each of three districts for `weeks` weeks (attendance 6 SWT, 2 + week % 3 partners, 1 parent), questions
 * spread over the categories in turn (the first with an action and its effect), one case per district brought in the first week (West's closed with its
 * goals reached), a submitted evaluation with a development goal. Returns what the record should add up to.
 */
export async function aReportedCycle(db: Db, { programmeId, weeks, questions }: ReportedCycleOptions) {
  await aProgramme(db, programmeId);
  const events = cycleEventsFor(programmeId, 1);
  const slots = districts.map((name) => ({
    name,
    weekday: 'thursday' as const,
    startTime: '13:30',
    durationMinutes: 120,
  }));
  const list: CycleRecordEvent[] = [events.cycle({ districts: slots })];
  let partners = 0;
  for (let week = 0; week < weeks; week += 1) {
    const date = new Date(Date.UTC(2026, 0, 8 + 7 * week)).toISOString().slice(0, 10);
    for (const district of districts) {
      const held = events.heldSession(date, district, {
        organisations: week % 2 === 0 ? ['Lijn5', 'Basisschool De Linde'] : ['Lijn5'],
        caseCodes: week === 0 ? [`C-${district}`] : [],
        partners: 2 + (week % 3),
      });
      held.occurrence.record!.attendance.parentsOrGuardians = 1;
      partners += 2 + (week % 3);
      list.push(held);
    }
  }
  for (let number = 1; number <= questions; number += 1) {
    list.push(
      events.question({
        number,
        text: `Leervraag ${number}: hoe werken we samen rond school en thuis?`,
        category: defaultQuestionCategories[number % defaultQuestionCategories.length],
        lesson: number === 1 ? 'Samen met de school kijken werkt.' : null,
        ...(number === 1 ? { actions: [triedWithSchool] } : {}),
      }),
    );
  }
  list.push(
    events.checkpoint({
      status: 'submitted',
      evaluation: {
        checkpointId: 'checkpoint-1',
        sharpenedQuestions: [],
        developmentGoals: [{ text: 'Ouders eerder aan tafel', owner: 'bram.coordinator' }],
        notes: 'De sessies in Noord liepen goed.',
        submittedBy: 'bram.coordinator',
        submittedAt: '2026-04-03T15:00:00.000Z',
      },
    }),
  );
  await applyCycleEvents(db, list);
  for (const district of ['West', 'Zuid']) {
    await registerCase(
      db,
      { userId: 'chris.monitor' },
      caseRegisterInputSchema.parse({
        programmeId,
        code: `C-${district}`,
        district,
        novelty: 'new',
        ageGroup: '4-11',
        themes: ['school'],
        broughtInBy: { organisation: `SWT ${district}`, role: 'gezinscoach' },
        counterfactual: { care: 'youthMentalHealthCare' },
        doneInstead: ['ownEffortSwt'],
      }),
    );
  }
  await closeCase(
    db,
    { userId: 'chris.monitor' },
    caseCloseInputSchema.parse({
      programmeId,
      code: 'C-West',
      reason: 'goalsReached',
      closedOn: '2026-03-01',
    }),
  );
  return {
    sessions: weeks * districts.length,
    attendance: weeks * districts.length * 7 + partners,
    partners,
    questions,
    avoidedEur: 8_000,
  };
}
