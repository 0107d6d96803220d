import { and, asc, eq, lt } from 'drizzle-orm';
import { endOfDate, type LearningQuestion } from '@leercyclus/domain';
import type { Queryable } from '../database.js';
import { RecordError } from '../errors.js';
import { processes, questionVersions } from '../schema/index.js';
import { questionsOf } from './questions.js';

/**
 * A cycle's agenda as it stood at the end of `date` in the cycle's zone: the latest version of each question the
 * record holds up to then. A question recorded before versions were kept (it has none) counts from when it was
 * raised, as it is now: the record knows no earlier state of it.
 */
export async function agendaOnDate(q: Queryable, cycleId: string, date: string): Promise<LearningQuestion[]> {
  const [cycle] = await q
    .select({ timeZone: processes.timeZone })
    .from(processes)
    .where(eq(processes.workflowId, cycleId));
  if (!cycle) throw new RecordError('notFound', `The record holds no cycle ${cycleId}.`, 'number');
  const until = endOfDate(date, cycle.timeZone);
  const [versions, versioned, now] = await Promise.all([
    q
      .select()
      .from(questionVersions)
      .where(and(eq(questionVersions.processId, cycleId), lt(questionVersions.at, until)))
      .orderBy(asc(questionVersions.number), asc(questionVersions.at)),
    q
      .selectDistinct({ number: questionVersions.number })
      .from(questionVersions)
      .where(eq(questionVersions.processId, cycleId)),
    questionsOf(q, cycleId),
  ]);
  const latest = new Map<number, LearningQuestion>();
  for (const version of versions) latest.set(version.number, version.question);
  const hasVersions = new Set(versioned.map((row) => row.number));
  for (const question of now) {
    if (!hasVersions.has(question.number) && Date.parse(question.raisedAt) < until.getTime())
      latest.set(question.number, question);
  }
  return [...latest.values()].sort((a, b) => a.number - b.number);
}
