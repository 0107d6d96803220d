import type { CycleRecordEvent, CycleRecordHeader } from '@leercyclus/domain';

type EventOf<T extends CycleRecordEvent['type']> = Extract<CycleRecordEvent, { type: T }>;
type Occurrence = EventOf<'occurrenceUpdated'>['occurrence'];
type Question = EventOf<'questionUpdated'>['question'];
type Checkpoint = EventOf<'checkpointUpdated'>['checkpoint'];

/**
 * Events as a learning cycle's workflow would hand them to the record, numbered in order from one cycle, a
 * minute apart from 5 January 2026.
 */
export function cycleEventsFor(programmeId: string, number: number) {
  const cycleId = `cycle/${programmeId}/${number}`;
  let sequence = 0;
  const next = (actor: string) => {
    sequence += 1;
    return {
      eventId: `${cycleId}#${sequence}`,
      cycleId,
      at: new Date(Date.UTC(2026, 0, 5, 8) + sequence * 60_000).toISOString(),
      actor,
    };
  };
  return {
    cycleId,
    cycle(header: Partial<CycleRecordHeader> = {}): EventOf<'cycleUpdated'> {
      return {
        ...next('anna.projectleider'),
        type: 'cycleUpdated',
        cycle: {
          programmeId,
          number,
          title: `Cyclus ${number}`,
          startsOn: '2026-01-05',
          endsOn: '2026-04-04',
          timeZone: 'Europe/Amsterdam',
          districts: [
            { name: 'West', weekday: 'thursday', startTime: '13:30', durationMinutes: 120 },
            { name: 'Zuid', weekday: 'tuesday', startTime: '13:00', durationMinutes: 120 },
          ],
          status: 'running',
          overdueCheckpoints: 0,
          nextEventAt: '2026-01-06T12:00:00.000Z',
          ...header,
        },
      };
    },
    occurrence(occurrence: Occurrence): EventOf<'occurrenceUpdated'> {
      return { ...next('bram.coordinator'), type: 'occurrenceUpdated', occurrence };
    },
    heldSession(
      date: string,
      district: string,
      record: { organisations?: string[]; caseCodes?: string[]; partners?: number } = {},
    ): EventOf<'occurrenceUpdated'> {
      const occurrence: Occurrence = {
        id: `learningSession:${district.toLowerCase()}:${date}`,
        kind: 'learningSession',
        district,
        date,
        startsAt: `${date}T12:30:00.000Z`,
        endsAt: `${date}T14:30:00.000Z`,
        status: 'held',
        change: null,
        record: {
          attendance: {
            swtProfessionals: 6,
            partnerProfessionals: record.partners ?? 2,
            parentsOrGuardians: 0,
          },
          organisations: record.organisations ?? [],
          caseCodes: record.caseCodes ?? [],
          questionNumbers: [1],
          notes: '',
          recordedBy: 'chris.monitor',
          recordedAt: `${date}T15:00:00.000Z`,
        },
      };
      return { ...next('chris.monitor'), type: 'occurrenceUpdated', occurrence };
    },
    question(fields: Partial<Question> & Pick<Question, 'number' | 'text'>): EventOf<'questionUpdated'> {
      return {
        ...next('chris.monitor'),
        type: 'questionUpdated',
        question: {
          district: 'West',
          raisedIn: 'learningSession',
          raisedBy: 'chris.monitor',
          raisedAt: '2026-01-08T15:00:00.000Z',
          occurrenceId: null,
          level: 'practice',
          category: 'collaborationWithPartners',
          status: 'open',
          responsible: null,
          reformulations: [],
          lesson: null,
          carriedFrom: null,
          escalation: null,
          updatedAt: '2026-01-08T15:00:00.000Z',
          ...fields,
        },
      };
    },
    checkpoint(fields: Partial<Checkpoint> = {}): EventOf<'checkpointUpdated'> {
      return {
        ...next('system'),
        type: 'checkpointUpdated',
        checkpoint: {
          id: 'checkpoint-1',
          title: 'Gezamenlijke evaluatie',
          owner: 'bram.coordinator',
          dueAt: '2026-04-03T15:00:00.000Z',
          cadence: { daysBefore: [7, 0], overdueEveryDays: 3 },
          status: 'pending',
          slotsHandled: 0,
          remindersSent: [],
          evaluation: null,
          ...fields,
        },
      };
    },
    reminder(id: string, at: string): EventOf<'reminderQueued'> {
      return {
        ...next('system'),
        type: 'reminderQueued',
        reminder: {
          id,
          checkpointId: 'checkpoint-1',
          kind: 'overdue',
          at,
          recipient: 'bram.coordinator',
          sentBy: null,
        },
        checkpointTitle: 'Gezamenlijke evaluatie',
      };
    },
  };
}
