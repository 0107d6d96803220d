import { describe, expect, it } from 'vitest';
import type { LearningQuestion } from './agenda.js';
import { answeredByGroup, outcomeConcerns } from './groupOutcomeAnswer.js';
import type { GroupOutcome } from './groupState.js';

const outcome: GroupOutcome = {
  outcomeId: 'group/alg-school/outcome',
  groupId: 'group/alg-school',
  groupSlug: 'alg-school',
  programmeId: 'proeftuin',
  cycleId: 'cycle/proeftuin/1',
  questionNumber: 3,
  question: 'Hoe betrekken we school eerder?',
  theme: 'verklarende analyse',
  lessons: ['School schuift aan bij de eerste bespreking.', 'De IB-er is het aanspreekpunt.'],
  embedded: ['vaste uitnodiging aan school'],
  notEmbedded: [],
  iterationsCompleted: 2,
  completedAt: '2026-05-01T10:00:00.000Z',
  completedBy: 'chris.monitor',
};

const question: LearningQuestion = {
  number: 3,
  text: 'Hoe betrekken we school eerder?',
  district: 'West',
  raisedIn: 'learningSession',
  raisedBy: 'chris.monitor',
  raisedAt: '2026-01-08T15:00:00.000Z',
  occurrenceId: null,
  level: 'team',
  category: 'education',
  status: 'open',
  responsible: 'bram.coordinator',
  reformulations: [],
  lesson: null,
  carriedFrom: { cycleId: 'cycle/proeftuin/1', number: 3 },
  escalation: null,
  updatedAt: '2026-04-01T10:00:00.000Z',
};

describe("a group's outcome on the question it took up", () => {
  it('concerns that question in the cycle that asked it and in the cycles it was carried over to', () => {
    expect(outcomeConcerns(outcome, 'cycle/proeftuin/1', { number: 3, carriedFrom: null })).toBe(true);
    expect(outcomeConcerns(outcome, 'cycle/proeftuin/2', question)).toBe(true);
    expect(outcomeConcerns(outcome, 'cycle/proeftuin/2', { ...question, carriedFrom: null })).toBe(false);
    expect(outcomeConcerns(outcome, 'cycle/proeftuin/2', { ...question, number: 4 })).toBe(false);
  });

  it('answers it with the lessons, the group and what was embedded; a second delivery changes nothing', () => {
    const answered = answeredByGroup(question, 'cycle/proeftuin/2', outcome, '2026-05-02T09:00:00.000Z');
    expect(answered).toEqual({
      ...question,
      status: 'answered',
      lesson:
        'School schuift aan bij de eerste bespreking. De IB-er is het aanspreekpunt. (action-learning group ' +
        'alg-school). Embedded: vaste uitnodiging aan school.',
      updatedAt: '2026-05-02T09:00:00.000Z',
    });
    expect(
      answeredByGroup(answered!, 'cycle/proeftuin/2', outcome, '2026-05-03T09:00:00.000Z'),
    ).toBeUndefined();
    expect(
      answeredByGroup(question, 'cycle/other/2', { ...outcome, cycleId: 'cycle/other/1' }, ''),
    ).toBeUndefined();
  });
});
