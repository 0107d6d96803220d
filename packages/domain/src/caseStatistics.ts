import { avoidedCostSummary, type CaseCostFacts } from './avoidedCost.js';
import type { CaseStats } from './caseRecord.js';

export interface CaseStatFacts extends CaseCostFacts {
  district: string;
  ageGroup: string;
  novelty: string;
}

function countBy(
  cases: readonly CaseStatFacts[],
  key: (facts: CaseStatFacts) => string,
): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const facts of cases) counts[key(facts)] = (counts[key(facts)] ?? 0) + 1;
  return counts;
}

/** The figures of the programme's case report: how many cases of which kind, and the cost they avoided. */
export function caseStatistics(programmeId: string, cases: readonly CaseStatFacts[]): CaseStats {
  return {
    programmeId,
    cases: cases.length,
    byDistrict: countBy(cases, (facts) => facts.district),
    byAgeGroup: countBy(cases, (facts) => facts.ageGroup),
    byNovelty: countBy(cases, (facts) => facts.novelty),
    byStatus: countBy(cases, (facts) => facts.status),
    avoidedCost: avoidedCostSummary(cases),
  };
}
