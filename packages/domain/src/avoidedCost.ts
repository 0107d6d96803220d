/**
 * What would have been deployed without the programme, with the indicative cost per case the programme's
 * reports use (EUR): youth mental-health care 7-9k, intensive ambulant help about 10k, both together 15-20k.
 * `other` has no standard amount: the case states its own.
 */
export const counterfactualCareAmounts = {
  none: 0,
  youthMentalHealthCare: 8_000,
  intensiveAmbulantHelp: 10_000,
  youthMentalHealthAndIntensiveAmbulant: 17_500,
  other: null,
} as const satisfies Record<string, number | null>;
export type CounterfactualCare = keyof typeof counterfactualCareAmounts;
export const counterfactualCares = Object.keys(counterfactualCareAmounts) as [
  CounterfactualCare,
  ...CounterfactualCare[],
];

/**
 * Why a case was closed, and whether its counterfactual care then counts as avoided: only when the network
 * handled it without that care. A case referred to that care after all, or one that moved away, avoided nothing.
 */
export const caseCloseReasonsAvoiding = {
  goalsReached: true,
  continuedInBasicSupport: true,
  referredToSpecialisedCare: false,
  movedAway: false,
  other: false,
} as const satisfies Record<string, boolean>;
export type CaseCloseReason = keyof typeof caseCloseReasonsAvoiding;
export const caseCloseReasons = Object.keys(caseCloseReasonsAvoiding) as [
  CaseCloseReason,
  ...CaseCloseReason[],
];

export interface CaseCostFacts {
  code: string;
  status: 'open' | 'closed';
  closeReason: CaseCloseReason | null;
  counterfactualAmountEur: number;
}

/** An open case has avoided nothing yet; a closed one its counterfactual amount when the close reason says so. */
export function avoidedCostOf(facts: CaseCostFacts): number {
  if (facts.status !== 'closed' || facts.closeReason === null) return 0;
  return caseCloseReasonsAvoiding[facts.closeReason] ? facts.counterfactualAmountEur : 0;
}

export interface AvoidedCostSummary {
  perCase: { code: string; avoidedEur: number }[];
  totalEur: number;
  closedCases: number;
  /** The total over every closed case, rounded to whole euros, as the interim reports count it. */
  perClosedCaseEur: number;
}

export function avoidedCostSummary(cases: readonly CaseCostFacts[]): AvoidedCostSummary {
  const perCase = cases.map((facts) => ({ code: facts.code, avoidedEur: avoidedCostOf(facts) }));
  const totalEur = perCase.reduce((sum, entry) => sum + entry.avoidedEur, 0);
  const closedCases = cases.filter((facts) => facts.status === 'closed').length;
  return {
    perCase,
    totalEur,
    closedCases,
    perClosedCaseEur: closedCases === 0 ? 0 : Math.round(totalEur / closedCases),
  };
}

/** The amount a case records for its counterfactual care: its own, or the care's standard amount. */
export function counterfactualAmountOf(counterfactual: {
  care: CounterfactualCare;
  amountEur?: number | undefined;
}): number {
  const amount = counterfactual.amountEur ?? counterfactualCareAmounts[counterfactual.care];
  if (amount === null) throw new Error(`counterfactual care "${counterfactual.care}" needs an amount`);
  return amount;
}
