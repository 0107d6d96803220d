import {
  avoidedCostOf,
  caseStatistics,
  type CaseRecord,
  type CaseStats,
  type CycleState,
  type Occurrence,
} from '@leercyclus/domain';

/**
 * The figures a report states, counted once from the record's cycles and cases; the chapters (`chapters.ts`)
 * and the figures-per-cycle appendix word them. Pure: the same record gives the same figures.
 */

export type HeldSession = Occurrence & { record: NonNullable<Occurrence['record']> };

export interface Attendance {
  swtProfessionals: number;
  partnerProfessionals: number;
  parentsOrGuardians: number;
  total: number;
}

export interface CycleFacts {
  cycle: CycleState;
  held: HeldSession[];
  planned: number;
  cancelled: number;
  attendance: Attendance;
  /** Per district in the cycle's order; the programme team (no district) as `null`. */
  attendanceByDistrict: { district: string | null; sessions: number; attendance: Attendance }[];
  /** Organisation name as recorded, with how many held sessions listed it. */
  organisations: { name: string; sessions: number }[];
  /** Questions per category, in the cycle's category order, then any other category met. */
  questionsByCategory: { category: string; questions: number }[];
  /** The programme's cases brought in at this cycle's sessions, by code. */
  cases: CaseRecord[];
  newCases: number;
  avoidedEur: number;
  escalated: number;
  answered: number;
}

const noAttendance = (): Attendance => ({
  swtProfessionals: 0,
  partnerProfessionals: 0,
  parentsOrGuardians: 0,
  total: 0,
});

function add(sum: Attendance, session: HeldSession): void {
  const a = session.record.attendance;
  sum.swtProfessionals += a.swtProfessionals;
  sum.partnerProfessionals += a.partnerProfessionals;
  sum.parentsOrGuardians += a.parentsOrGuardians;
  sum.total += a.swtProfessionals + a.partnerProfessionals + a.parentsOrGuardians;
}

export const attendanceTotal = (session: HeldSession): number => {
  const a = session.record.attendance;
  return a.swtProfessionals + a.partnerProfessionals + a.parentsOrGuardians;
};

/** Held and recorded: what attendance figures are counted from (a held session not yet recorded has none). */
export function heldSessions(cycle: CycleState): HeldSession[] {
  return cycle.occurrences.filter((o): o is HeldSession => o.status === 'held' && o.record !== null);
}

export function cycleFacts(cycle: CycleState, programmeCases: readonly CaseRecord[]): CycleFacts {
  const held = heldSessions(cycle);
  const attendance = noAttendance();
  const byDistrict = new Map<string | null, { sessions: number; attendance: Attendance }>();
  for (const district of cycle.districts.map((slot) => slot.name)) {
    byDistrict.set(district, { sessions: 0, attendance: noAttendance() });
  }
  const organisations = new Map<string, number>();
  const caseCodes = new Set<string>();
  for (const session of held) {
    add(attendance, session);
    const entry = byDistrict.get(session.district) ?? { sessions: 0, attendance: noAttendance() };
    entry.sessions += 1;
    add(entry.attendance, session);
    byDistrict.set(session.district, entry);
    for (const name of new Set(session.record.organisations)) {
      organisations.set(name, (organisations.get(name) ?? 0) + 1);
    }
    for (const code of session.record.caseCodes) caseCodes.add(code);
  }
  const categories = [
    ...cycle.questionCategories,
    ...cycle.questions.map((q) => q.category).filter((c) => !cycle.questionCategories.includes(c)),
  ];
  const questionsByCategory = [...new Set(categories)]
    .map((category) => ({
      category,
      questions: cycle.questions.filter((q) => q.category === category).length,
    }))
    .filter((row) => row.questions > 0);
  const cases = programmeCases.filter((c) => caseCodes.has(c.code));
  return {
    cycle,
    held,
    planned: cycle.occurrences.filter((o) => o.status === 'planned' || o.status === 'due').length,
    cancelled: cycle.occurrences.filter((o) => o.status === 'cancelled').length,
    attendance,
    attendanceByDistrict: [...byDistrict].map(([district, entry]) => ({ district, ...entry })),
    organisations: [...organisations]
      .map(([name, sessions]) => ({ name, sessions }))
      .sort((a, b) => b.sessions - a.sessions || a.name.localeCompare(b.name, 'nl')),
    questionsByCategory,
    cases,
    newCases: cases.filter((c) => c.novelty === 'new').length,
    avoidedEur: cases.reduce((sum, c) => sum + avoidedCostOf(costFacts(c)), 0),
    escalated:
      cycle.questions.filter((q) => q.escalation !== null).length +
      cycle.checkpoints.filter((c) => c.escalation).length,
    answered:
      cycle.questions.filter((q) => q.escalation?.decision).length +
      cycle.checkpoints.filter((c) => c.escalation?.decision).length,
  };
}

export const costFacts = (c: CaseRecord) => ({
  code: c.code,
  status: c.status,
  closeReason: c.closed?.reason ?? null,
  counterfactualAmountEur: c.counterfactual.amountEur,
});

/** The programme's case figures exactly as the panel's analytics page counts them (`cases.stats`). */
export function programmeCaseStats(programmeId: string, cases: readonly CaseRecord[]): CaseStats {
  return caseStatistics(
    programmeId,
    cases.map((c) => ({
      district: c.district,
      ageGroup: c.ageGroup,
      novelty: c.novelty,
      ...costFacts(c),
    })),
  );
}
