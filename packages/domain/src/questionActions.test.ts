import { describe, expect, it } from 'vitest';
import { awaitsEffect, type QuestionAction } from './questionActions.js';

const action: QuestionAction = {
  number: 1,
  text: 'Vast aanspreekpunt per school',
  takenBy: 'chris.monitor',
  startsOn: '2026-01-12',
  recordedBy: 'chris.monitor',
  recordedAt: '2026-01-12T09:00:00.000Z',
  effects: [],
};
const effect = (helped: 'yes' | 'tooEarly', observedOn: string) => ({
  text: 'Gezien',
  observedOn,
  judgedBy: 'bram.coordinator',
  helped,
  recordedBy: 'chris.monitor',
  recordedAt: `${observedOn}T10:00:00.000Z`,
});

describe('an action waiting for its effect', () => {
  it('is flagged six weeks after it started, not a day before', () => {
    expect(awaitsEffect(action, '2026-02-22', 6)).toBe(false);
    expect(awaitsEffect(action, '2026-02-23', 6)).toBe(true);
  });

  it('follows the programme’s number of weeks', () => {
    expect(awaitsEffect(action, '2026-02-09', 4)).toBe(true);
    expect(awaitsEffect(action, '2026-02-09', 6)).toBe(false);
  });

  it('is no longer flagged once an effect is judged, and again some weeks after "too early"', () => {
    expect(awaitsEffect({ ...action, effects: [effect('yes', '2026-02-01')] }, '2026-06-01', 6)).toBe(false);
    const tooEarly = { ...action, effects: [effect('tooEarly', '2026-02-20')] };
    expect(awaitsEffect(tooEarly, '2026-03-01', 6)).toBe(false);
    expect(awaitsEffect(tooEarly, '2026-04-03', 6)).toBe(true);
  });
});
