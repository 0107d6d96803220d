import { describe, expect, it } from 'vitest';
import type { LearningQuestion } from './agenda.js';
import { lastChangeOf, staleness } from './staleQuestions.js';

const question: LearningQuestion = {
  number: 3,
  text: 'Wanneer schuift school aan?',
  district: null,
  raisedIn: 'learningSession',
  raisedBy: 'chris.monitor',
  raisedAt: '2026-01-08T15:00:00.000Z',
  occurrenceId: null,
  level: 'team',
  category: 'education',
  status: 'open',
  responsible: null,
  reformulations: [],
  lesson: null,
  carriedFrom: null,
  escalation: null,
  updatedAt: '2026-04-05T10:00:00.000Z',
};
const settings = { staleAfterWeeks: 12, staleAfterCycles: 2 };
const zone = 'Europe/Amsterdam';

describe('a question that lies still (blijft liggen)', () => {
  it('lies still twelve weeks after its last change within one cycle, not a day before', () => {
    expect(staleness(question, '2026-04-01', zone, ['2026-01-05'], settings)).toBeNull();
    expect(staleness(question, '2026-04-02', zone, ['2026-01-05'], settings)).toBe('weeks');
  });

  it('lies still once two cycles began since its last change, even within fewer weeks', () => {
    const short = { ...settings, staleAfterWeeks: 52 };
    expect(staleness(question, '2026-03-01', zone, ['2026-01-05', '2026-02-01'], short)).toBeNull();
    expect(staleness(question, '2026-03-01', zone, ['2026-01-05', '2026-02-01', '2026-03-01'], short)).toBe(
      'cycles',
    );
  });

  it('counts a reformulation, an action and its effect as change, but not being carried over', () => {
    const acted: LearningQuestion = {
      ...question,
      reformulations: [{ text: 'Eerder', at: '2026-02-01T10:00:00.000Z', by: 'chris.monitor' }],
      actions: [
        {
          number: 1,
          text: 'Aanspreekpunt',
          takenBy: 'chris.monitor',
          startsOn: '2026-02-10',
          recordedBy: 'chris.monitor',
          recordedAt: '2026-02-10T09:00:00.000Z',
          effects: [
            {
              text: 'Helpt',
              observedOn: '2026-03-01',
              judgedBy: 'bram.coordinator',
              helped: 'yes',
              recordedBy: 'chris.monitor',
              recordedAt: '2026-03-02T09:00:00.000Z',
            },
          ],
        },
      ],
    };
    expect(lastChangeOf(acted)).toBe('2026-03-02T09:00:00.000Z');
    expect(staleness(acted, '2026-04-02', zone, [], settings)).toBeNull();
  });

  it('never flags a question that is answered or waits for the management table', () => {
    for (const status of ['answered', 'escalated', 'carriedOver'] as const)
      expect(staleness({ ...question, status }, '2027-01-01', zone, [], settings)).toBeNull();
  });
});
