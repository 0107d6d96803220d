import { and, asc, eq } from 'drizzle-orm';
import { dateInZone, lastChangeOf, staleness, type StaleQuestion } from '@leercyclus/domain';
import type { Queryable } from '../database.js';
import { processes } from '../schema/index.js';
import { getProgramme } from './programmes.js';
import { questionsOf } from './questions.js';

/**
 * The questions of a programme's running cycles that lie still ("blijft liggen") at `now`, computed from the
 * record: open or exploring, unchanged for the programme's weeks or while its number of cycles began.
 */
export async function staleQuestions(q: Queryable, programmeId: string, now: Date): Promise<StaleQuestion[]> {
  const programme = await getProgramme(q, programmeId, 'programmeId');
  const cycles = await q
    .select({
      workflowId: processes.workflowId,
      number: processes.number,
      status: processes.status,
      startsOn: processes.startsOn,
      timeZone: processes.timeZone,
    })
    .from(processes)
    .where(and(eq(processes.kind, 'learningCycle'), eq(processes.programmeId, programmeId)))
    .orderBy(asc(processes.number));
  const cycleStarts = cycles.map((cycle) => cycle.startsOn);
  const stale: StaleQuestion[] = [];
  for (const cycle of cycles.filter((c) => c.status === 'running')) {
    const today = dateInZone(now, cycle.timeZone);
    for (const question of await questionsOf(q, cycle.workflowId, ['open', 'exploring'])) {
      const reason = staleness(question, today, cycle.timeZone, cycleStarts, programme);
      if (!reason) continue;
      stale.push({
        programmeId,
        cycleId: cycle.workflowId,
        cycleNumber: cycle.number ?? 0,
        number: question.number,
        text: question.text,
        status: question.status,
        lastChangeAt: lastChangeOf(question),
        reason,
      });
    }
  }
  return stale;
}
