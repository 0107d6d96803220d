import { describe, expect, it } from 'vitest';
import {
  avoidedCostOf,
  avoidedCostSummary,
  counterfactualAmountOf,
  type CaseCostFacts,
} from './avoidedCost.js';

describe('avoided cost', () => {
  it('counts a closed case handled without the care, and nothing for an open or referred one', () => {
    const base: CaseCostFacts = {
      code: 'W-1',
      status: 'closed',
      closeReason: 'goalsReached',
      counterfactualAmountEur: 8_000,
    };
    expect(avoidedCostOf(base)).toBe(8_000);
    expect(avoidedCostOf({ ...base, closeReason: 'continuedInBasicSupport' })).toBe(8_000);
    expect(avoidedCostOf({ ...base, closeReason: 'referredToSpecialisedCare' })).toBe(0);
    expect(avoidedCostOf({ ...base, status: 'open', closeReason: null })).toBe(0);
  });

  it('takes the standard amount of a care unless the case states its own', () => {
    expect(counterfactualAmountOf({ care: 'youthMentalHealthCare' })).toBe(8_000);
    expect(counterfactualAmountOf({ care: 'youthMentalHealthAndIntensiveAmbulant' })).toBe(17_500);
    expect(counterfactualAmountOf({ care: 'intensiveAmbulantHelp', amountEur: 9_500 })).toBe(9_500);
    expect(() => counterfactualAmountOf({ care: 'other' })).toThrow(/needs an amount/);
  });

  it('averages over every closed case, rounded to whole euros', () => {
    const closed = (code: string, amount: number): CaseCostFacts => ({
      code,
      status: 'closed',
      closeReason: 'goalsReached',
      counterfactualAmountEur: amount,
    });
    // 8,000 + 10,000 + 0 = 18,000 over three closed cases = 6,000 a case; the open case does not count.
    const summary = avoidedCostSummary([
      closed('A', 8_000),
      closed('B', 10_000),
      closed('C', 0),
      { code: 'D', status: 'open', closeReason: null, counterfactualAmountEur: 17_500 },
    ]);
    expect(summary).toEqual({
      perCase: [
        { code: 'A', avoidedEur: 8_000 },
        { code: 'B', avoidedEur: 10_000 },
        { code: 'C', avoidedEur: 0 },
        { code: 'D', avoidedEur: 0 },
      ],
      totalEur: 18_000,
      closedCases: 3,
      perClosedCaseEur: 6_000,
    });
    expect(avoidedCostSummary([]).perClosedCaseEur).toBe(0);
  });
});
