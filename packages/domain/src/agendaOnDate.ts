import { z } from 'zod';
import { learningQuestionSchema, type LearningQuestion } from './agenda.js';
import { isoDateSchema } from './calendar.js';
import { programmeIdSchema } from './cycleLaunch.js';

export const agendaOnDateInputSchema = z.object({
  programmeId: programmeIdSchema,
  number: z.number().int().min(1).max(999),
  date: isoDateSchema,
});

export const agendaComparisonInputSchema = z
  .object({
    programmeId: programmeIdSchema,
    number: z.number().int().min(1).max(999),
    from: isoDateSchema,
    to: isoDateSchema,
  })
  .refine((input) => input.from <= input.to, {
    error: 'to: choose a date on or after the first',
    path: ['to'],
  });

/** The agenda as it stood at the end of a day, as the record's versions of its questions show it. */
export const agendaOnDateSchema = z.object({
  date: z.string(),
  questions: z.array(learningQuestionSchema),
});

const changedQuestionSchema = z.object({ number: z.number(), text: z.string() });
/** What happened on an agenda between two days: what a monitor brings to the three-monthly evaluation. */
export const agendaComparisonSchema = z.object({
  from: z.string(),
  to: z.string(),
  added: z.array(changedQuestionSchema),
  reformulated: z.array(changedQuestionSchema.extend({ before: z.string() })),
  answered: z.array(changedQuestionSchema),
  escalated: z.array(changedQuestionSchema),
});
export type AgendaComparison = z.infer<typeof agendaComparisonSchema>;

/** Compares the agenda of two days by question number. */
export function compareAgendas(
  from: { date: string; questions: LearningQuestion[] },
  to: { date: string; questions: LearningQuestion[] },
): AgendaComparison {
  const before = new Map(from.questions.map((q) => [q.number, q]));
  const brief = (q: LearningQuestion) => ({ number: q.number, text: q.text });
  const became = (q: LearningQuestion, status: LearningQuestion['status']) =>
    q.status === status && before.get(q.number)?.status !== status;
  return {
    from: from.date,
    to: to.date,
    added: to.questions.filter((q) => !before.has(q.number)).map(brief),
    reformulated: to.questions.flatMap((q) => {
      const earlier = before.get(q.number);
      return earlier && earlier.text !== q.text ? [{ ...brief(q), before: earlier.text }] : [];
    }),
    answered: to.questions.filter((q) => became(q, 'answered')).map(brief),
    escalated: to.questions.filter((q) => became(q, 'escalated')).map(brief),
  };
}
