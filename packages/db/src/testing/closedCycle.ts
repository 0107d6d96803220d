import { caseRegisterInputSchema, type Occurrence } from '@leercyclus/domain';
import { applyCycleEvents } from '../cycleEvents/apply.js';
import type { Db } from '../database.js';
import { registerCase } from '../repositories/cases.js';
import { applyTableEvents } from '../tableEvents/apply.js';
import { cycleEventsFor } from './cycleEvents.js';
import { anAnsweredEscalation, escalationSource } from './escalations.js';

export interface ClosedCycleOptions {
  number?: number;
  /** When it closed; null leaves it running. */
  closedAt: string | null;
  /** The case brought into its session, registered in the programme; every text of the cycle names it. */
  caseCode: string;
}

/**
 * A cycle of an existing programme as the record holds it once its workflow has reported everything: a held
 * session with a case and notes, a cancelled one with its reason, a question reworded, answered and escalated
 * with the table's decision, a submitted evaluation with goals, a reminder in the outbox, and the case itself,
 * registered with notes. Every text names the case's code, as a monitor might write it.
 */
export async function aCycleWithTexts(
  db: Db,
  programmeId: string,
  { number = 1, closedAt, caseCode }: ClosedCycleOptions,
): Promise<{ cycleId: string }> {
  const events = cycleEventsFor(programmeId, number);
  const held = events.heldSession('2026-01-08', 'West', { caseCodes: [caseCode], organisations: ['Lijn5'] });
  held.occurrence.record!.notes = `Casus ${caseCode} besproken: veel zorgen over school.`;
  const cancelled: Occurrence = {
    id: 'learningSession:zuid:2026-01-13',
    kind: 'learningSession',
    district: 'Zuid',
    date: '2026-01-13',
    startsAt: '2026-01-13T12:00:00.000Z',
    endsAt: '2026-01-13T14:00:00.000Z',
    status: 'cancelled',
    change: {
      reason: `Uitgesteld, eerst ${caseCode} afronden`,
      at: '2026-01-12T09:00:00.000Z',
      by: 'chris.monitor',
      movedFrom: null,
    },
    record: null,
  };
  const escalationId = `${events.cycleId}/question-1/escalation-1`;
  const decision = {
    ...anAnsweredEscalation(escalationId, escalationSource('cycleQuestion', events.cycleId, programmeId, 1))
      .decision!,
  };
  decision.text = `Akkoord, ook voor ${caseCode}.`;
  await applyCycleEvents(db, [
    events.cycle(),
    held,
    events.occurrence(cancelled),
    events.question({
      number: 1,
      text: `Hoe helpen we gezinnen als ${caseCode} eerder?`,
      reformulations: [
        { text: `Wat deed ${caseCode} anders?`, at: '2026-01-20T10:00:00.000Z', by: 'chris.monitor' },
      ],
      status: 'answered',
      lesson: `Bij ${caseCode} hielp de school mee.`,
      responsible: 'chris.monitor',
      actions: [
        {
          number: 1,
          text: `Huisbezoek samen met school na ${caseCode}`,
          takenBy: 'chris.monitor',
          startsOn: '2026-01-22',
          recordedBy: 'chris.monitor',
          recordedAt: '2026-01-22T10:00:00.000Z',
          effects: [
            {
              text: `Bij ${caseCode} kwam school eerder in beeld`,
              observedOn: '2026-03-01',
              judgedBy: 'anna.projectleider',
              helped: 'yes',
              recordedBy: 'chris.monitor',
              recordedAt: '2026-03-01T10:00:00.000Z',
            },
          ],
        },
      ],
      escalation: {
        id: escalationId,
        table: 'mt-jeugd',
        why: `Systeemvraag na ${caseCode}`,
        raisedAt: '2026-02-01T10:00:00.000Z',
        raisedBy: 'chris.monitor',
        decision,
      },
    }),
    events.reminder('checkpoint-1/reminder-1', '2026-04-06T07:00:00.000Z'),
    events.checkpoint({
      status: 'submitted',
      evaluation: {
        checkpointId: 'checkpoint-1',
        sharpenedQuestions: [{ questionNumber: 1, text: `Wat werkte bij ${caseCode}?` }],
        developmentGoals: [{ text: `Vroeg signaleren zoals bij ${caseCode}`, owner: 'bram.coordinator' }],
        notes: `Evaluatie: ${caseCode} als voorbeeld.`,
        submittedBy: 'bram.coordinator',
        submittedAt: '2026-04-03T15:00:00.000Z',
      },
    }),
    events.cycle(
      closedAt === null
        ? {}
        : {
            status: 'closed',
            nextEventAt: null,
            closed: { at: closedAt, by: 'anna.projectleider', reason: `Klaar; ${caseCode} loopt door` },
          },
    ),
  ]);
  const item = anAnsweredEscalation(
    escalationId,
    escalationSource('cycleQuestion', events.cycleId, programmeId, 1),
  );
  await applyTableEvents(db, [
    {
      eventId: `table/mt-jeugd#${events.cycleId}`,
      at: '2026-03-20T14:00:00.000Z',
      table: 'mt-jeugd',
      type: 'escalationUpdated',
      item: { ...item, text: `Wie betaalt de hulp voor ${caseCode}?`, decision },
    },
  ]);
  await registerCase(
    db,
    { userId: 'chris.monitor' },
    caseRegisterInputSchema.parse({
      programmeId,
      code: caseCode,
      district: 'West',
      novelty: 'new',
      ageGroup: '4-11',
      themes: ['school'],
      broughtInBy: { organisation: 'SWT West', role: 'gezinscoach' },
      counterfactual: { care: 'youthMentalHealthCare' },
      doneInstead: ['ownEffortSwt'],
      notes: 'Vader werkt mee, school ook.',
    }),
  );
  return { cycleId: events.cycleId };
}
