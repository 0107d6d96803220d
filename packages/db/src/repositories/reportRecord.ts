import { and, asc, eq, inArray } from 'drizzle-orm';
import {
  defaultActionEffectAfterWeeks,
  defaultStaleAfterCycles,
  defaultStaleAfterWeeks,
  type CaseRecord,
  type Programme,
} from '@leercyclus/domain';
import type { Queryable } from '../database.js';
import { cases, decisions, escalations, programmes } from '../schema/index.js';
import { caseRecordOf } from './caseRecords.js';
import { getProgramme } from './programmes.js';

/**
 * Reads for the reports and exports (packages/reports): whole lists the pages show a piece of at a time. The
 * caller audits them as an export (apps/api/src/routers/reports), which names the case codes it covered.
 */

/** A programme's cases by code, pseudonymous as the record keeps them (code and facts, never a name). */
export async function programmeCases(q: Queryable, programmeId: string): Promise<CaseRecord[]> {
  const rows = await q
    .select()
    .from(cases)
    .where(eq(cases.programmeId, programmeId))
    .orderBy(asc(cases.code));
  return rows.map(caseRecordOf);
}

/**
 * The programme as registered, or, for cycles launched under a programme the record has no row for (older
 * launches, the demo before registration), its id as name and no districts of its own.
 */
export async function programmeOrId(q: Queryable, programmeId: string): Promise<Programme> {
  const [row] = await q.select({ id: programmes.id }).from(programmes).where(eq(programmes.id, programmeId));
  if (row) return getProgramme(q, programmeId);
  return {
    id: programmeId,
    name: programmeId,
    projectLeader: '',
    districts: [],
    managementTable: '',
    questionCategories: [],
    categoryRenames: [],
    createdAt: '',
    createdBy: '',
    actionEffectAfterWeeks: defaultActionEffectAfterWeeks,
    staleAfterWeeks: defaultStaleAfterWeeks,
    staleAfterCycles: defaultStaleAfterCycles,
  };
}

/** One item a management table received, with its decision once taken. */
export interface TableItem {
  id: string;
  subject: string;
  sourceProcessId: string;
  questionNumber: number | null;
  status: string;
  level: number;
  raisedBy: string;
  raisedAt: string;
  dueAt: string | null;
  decision: { outcome: string; text: string; decidedBy: string; decidedAt: string } | null;
}

/** Everything a management table received, oldest first: its agenda (the open ones) and its decision list. */
export async function tableItems(q: Queryable, table: string): Promise<TableItem[]> {
  const rows = await q
    .select()
    .from(escalations)
    .where(eq(escalations.managementTable, table))
    .orderBy(asc(escalations.raisedAt), asc(escalations.id));
  const ids = rows.map((row) => row.id);
  const answers =
    ids.length === 0
      ? []
      : await q
          .select()
          .from(decisions)
          .where(and(inArray(decisions.escalationId, ids)));
  return rows.map((row) => {
    const decision = answers.find((answer) => answer.escalationId === row.id);
    return {
      id: row.id,
      subject: row.subject,
      sourceProcessId: row.sourceProcessId,
      questionNumber: row.questionNumber,
      status: row.status,
      level: row.level,
      raisedBy: row.raisedBy,
      raisedAt: row.raisedAt.toISOString(),
      dueAt: row.dueAt?.toISOString() ?? null,
      decision: decision
        ? {
            outcome: decision.outcome,
            text: decision.text,
            decidedBy: decision.decidedBy,
            decidedAt: decision.decidedAt.toISOString(),
          }
        : null,
    };
  });
}
