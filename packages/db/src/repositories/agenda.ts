import { cycleProgrammeId } from '../cycleProgrammeId.js';
import { and, asc, count, eq, exists, ilike, inArray, or, type SQL } from 'drizzle-orm';
import type { AgendaCategoryCount, AgendaQuestion, AgendaSearchInput } from '@leercyclus/domain';
import type { Queryable } from '../database.js';
import { learningQuestions, processes, questionReformulations } from '../schema/index.js';

/** A LIKE pattern that finds the text itself: its own % and _ match only themselves. */
function containing(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** The question, its lesson or one of its earlier wordings holds the text. */
function mentions(q: Queryable, text: string): SQL | undefined {
  const pattern = containing(text);
  const earlierWording = q
    .select()
    .from(questionReformulations)
    .where(
      and(
        eq(questionReformulations.processId, learningQuestions.processId),
        eq(questionReformulations.number, learningQuestions.number),
        ilike(questionReformulations.text, pattern),
      ),
    );
  return or(
    ilike(learningQuestions.text, pattern),
    ilike(learningQuestions.lesson, pattern),
    exists(earlierWording),
  );
}

const equals = <T>(column: Parameters<typeof eq>[0], value: T | undefined) =>
  value === undefined ? undefined : eq(column, value);

/** Questions across the record's agendas, oldest cycle first, in agenda order. */
export async function searchAgenda(q: Queryable, input: AgendaSearchInput): Promise<AgendaQuestion[]> {
  const rows = await q
    .select({ question: learningQuestions, cycle: processes })
    .from(learningQuestions)
    .innerJoin(processes, eq(processes.workflowId, learningQuestions.processId))
    .where(
      and(
        equals(processes.programmeId, input.programmeId),
        equals(learningQuestions.processId, input.cycleId),
        equals(learningQuestions.category, input.category),
        equals(learningQuestions.status, input.status),
        equals(learningQuestions.district, input.district),
        equals(learningQuestions.level, input.level),
        input.text === undefined ? undefined : mentions(q, input.text),
      ),
    )
    .orderBy(asc(processes.programmeId), asc(processes.number), asc(learningQuestions.number))
    .limit(input.limit);
  const processIds = [...new Set(rows.map((row) => row.question.processId))];
  const reformulations =
    processIds.length === 0
      ? []
      : await q
          .select()
          .from(questionReformulations)
          .where(inArray(questionReformulations.processId, processIds))
          .orderBy(asc(questionReformulations.position));
  return rows.map(({ question, cycle }) => ({
    cycleId: cycle.workflowId,
    programmeId: cycleProgrammeId(cycle),
    cycleNumber: cycle.number,
    cycleTitle: cycle.title,
    number: question.number,
    text: question.text,
    district: question.district,
    level: question.level,
    category: question.category,
    status: question.status,
    raisedIn: question.raisedIn,
    raisedAt: question.raisedAt.toISOString(),
    responsible: question.responsible,
    lesson: question.lesson,
    escalation: question.escalation ?? null,
    reformulations: reformulations
      .filter((r) => r.processId === question.processId && r.number === question.number)
      .map((r) => ({ text: r.text, at: r.at.toISOString(), by: r.by })),
    updatedAt: question.updatedAt.toISOString(),
  }));
}

/** How many questions each cycle of a programme had per category: the bars of the programme reports. */
export async function agendaByCategory(q: Queryable, programmeId: string): Promise<AgendaCategoryCount[]> {
  const rows = await q
    .select({
      cycleId: processes.workflowId,
      cycleNumber: processes.number,
      cycleTitle: processes.title,
      category: learningQuestions.category,
      questions: count(),
    })
    .from(learningQuestions)
    .innerJoin(processes, eq(processes.workflowId, learningQuestions.processId))
    .where(eq(processes.programmeId, programmeId))
    .groupBy(processes.workflowId, processes.number, processes.title, learningQuestions.category)
    .orderBy(asc(processes.number), asc(processes.workflowId), asc(learningQuestions.category));
  return rows;
}
