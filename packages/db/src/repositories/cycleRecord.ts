import { and, eq } from 'drizzle-orm';
import {
  defaultEscalateOverdueAfterDays,
  defaultQuestionCategories,
  type CycleState,
  type LearningQuestion,
  type Occurrence,
} from '@leercyclus/domain';
import { cycleProgrammeId } from '../cycleProgrammeId.js';
import type { Queryable } from '../database.js';
import { occurrenceCases, occurrenceOrganisations, occurrences, processes } from '../schema/index.js';
import { checkpointsOf } from './checkpointRecord.js';
import { questionsOf } from './questions.js';

type OccurrenceRow = typeof occurrences.$inferSelect;

/** Lists in the order the monitor recorded them; rows written before the record kept that order come after. */
function inRecordedOrder<T extends { position: number | null }>(rows: T[]): T[] {
  return [...rows].sort((a, b) => (a.position ?? Infinity) - (b.position ?? Infinity));
}

function occurrenceOf(
  row: OccurrenceRow,
  organisations: (typeof occurrenceOrganisations.$inferSelect)[],
  cases: (typeof occurrenceCases.$inferSelect)[],
): Occurrence {
  const mine = <T extends { occurrenceId: string }>(list: T[]) =>
    list.filter((item) => item.occurrenceId === row.occurrenceId);
  return {
    id: row.occurrenceId,
    kind: row.kind,
    district: row.district,
    date: row.date,
    startsAt: row.startsAt.toISOString(),
    endsAt: row.endsAt.toISOString(),
    status: row.status,
    change: row.change,
    record:
      row.recordedAt === null
        ? null
        : {
            attendance: {
              swtProfessionals: row.swtProfessionals ?? 0,
              partnerProfessionals: row.partnerProfessionals ?? 0,
              parentsOrGuardians: row.parentsOrGuardians ?? 0,
            },
            organisations: inRecordedOrder(mine(organisations)).map((o) => o.organisation),
            caseCodes: inRecordedOrder(mine(cases)).map((c) => c.caseCode),
            questionNumbers: row.questionNumbers ?? [],
            notes: row.notes ?? '',
            recordedBy: row.recordedBy ?? '',
            recordedAt: row.recordedAt.toISOString(),
          },
  };
}

async function occurrencesOf(q: Queryable, cycleId: string): Promise<Occurrence[]> {
  const [rows, organisations, cases] = await Promise.all([
    q.select().from(occurrences).where(eq(occurrences.processId, cycleId)),
    q.select().from(occurrenceOrganisations).where(eq(occurrenceOrganisations.processId, cycleId)),
    q.select().from(occurrenceCases).where(eq(occurrenceCases.processId, cycleId)),
  ]);
  // The workflow's own order: by start, then id (as the calendar and a move sort them).
  return rows
    .map((row) => occurrenceOf(row, organisations, cases))
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt) || a.id.localeCompare(b.id));
}

/**
 * A learning cycle's page as its workflow last recorded it, in the shape of the workflow's query, with what
 * came after it closed (a decision on its overdue checkpoint): for a cycle Temporal no longer holds (its
 * namespace's retention) or has closed. Undefined when the record has no such cycle. `whole` is false for a
 * cycle recorded before the record kept its launch details: its page shows the defaults a launch would have had.
 */
export async function recordedCycle(
  q: Queryable,
  cycleId: string,
): Promise<{ state: CycleState; whole: boolean } | undefined> {
  const [row] = await q
    .select()
    .from(processes)
    .where(and(eq(processes.workflowId, cycleId), eq(processes.kind, 'learningCycle')));
  if (!row) return undefined;
  const [occurrenceList, questions, checkpoints] = await Promise.all([
    occurrencesOf(q, cycleId),
    questionsOf(q, cycleId),
    checkpointsOf(q, cycleId),
  ]);
  const state: CycleState = {
    cycleId,
    programmeId: cycleProgrammeId(row),
    number: row.number ?? 0,
    title: row.title,
    startsOn: row.startsOn,
    endsOn: row.endsOn ?? row.startsOn,
    timeZone: row.timeZone,
    districts: row.districtSlots,
    blackoutDates: row.blackoutDates,
    programmeTeam: row.programmeTeam,
    questionCategories: row.questionCategories ?? [...defaultQuestionCategories],
    launchedBy: row.launchedBy ?? '',
    managementTable: row.managementTable,
    escalateOverdueAfterDays: row.escalateOverdueAfterDays ?? defaultEscalateOverdueAfterDays,
    status: row.status,
    nextEventAt: row.nextEventAt?.toISOString() ?? null,
    overdueCheckpoints: row.overdueCheckpoints,
    occurrences: occurrenceList,
    questions,
    checkpoints,
    closed: row.closedAt
      ? { at: row.closedAt.toISOString(), by: row.closedBy ?? '', reason: row.closeReason ?? '' }
      : null,
    groupOutcomes: row.groupOutcomes,
  };
  return { state, whole: row.launchedBy !== null };
}

/**
 * The questions a closed cycle carried over or left escalated, for the next cycle's agenda. Undefined while the
 * record does not show the cycle closed: it has no such cycle, it runs, or its closing has not reached the
 * record yet.
 */
export async function carriedOverBy(q: Queryable, cycleId: string): Promise<LearningQuestion[] | undefined> {
  const [row] = await q
    .select({ status: processes.status })
    .from(processes)
    .where(eq(processes.workflowId, cycleId));
  if (row?.status !== 'closed') return undefined;
  return questionsOf(q, cycleId, ['carriedOver', 'escalated']);
}
