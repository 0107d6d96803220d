import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { agendaByCategory, agendaOnDate, listProgrammes, searchAgenda, staleQuestions } from '@leercyclus/db';
import {
  agendaComparisonInputSchema,
  agendaComparisonSchema,
  agendaOnDateInputSchema,
  agendaOnDateSchema,
  compareAgendas,
  cycleWorkflowId,
  agendaByCategoryInputSchema,
  agendaCategoryCountSchema,
  agendaQuestionSchema,
  agendaSearchInputSchema,
  cycleIdSchema,
  programmeIdSchema,
  programmeOfCycle,
  staleQuestionSchema,
  type AgendaQuestion,
  type StaleQuestion,
} from '@leercyclus/domain';
import { perProgramme, showsProgramme } from '../access/visible.js';
import { auditAs } from '../audit/trail.js';
import { listedFor, procedureIn } from '../trpc.js';

/** Everyone in a programme reads its learning agenda. */
const programmeReaders = { programme: ['projectLeader', 'coordinator', 'monitor', 'participant'] } as const;

/** As the record orders a search: by programme, cycle, and agenda number. */
const agendaOrder = (a: AgendaQuestion, b: AgendaQuestion) =>
  a.programmeId.localeCompare(b.programmeId) ||
  (a.cycleNumber ?? 0) - (b.cycleNumber ?? 0) ||
  a.number - b.number;

/** The learning agendas as the record keeps them, across every cycle; one cycle's live agenda is `cycles.get`. */
export const agendaRouter = {
  /** Questions of the programmes the person belongs to; a cycle named narrows to its programme. */
  search: listedFor(programmeReaders)
    .meta(
      auditAs<unknown, AgendaQuestion[]>('read', 'agenda', {
        // The programmes and cycles whose questions it showed.
        recordId: ({ answer }) => [...new Set(answer.map((q) => q.programmeId))].join(',') || '-',
        details: ({ answer }) => ({
          cycles: [...new Set(answer.map((q) => q.cycleId))],
          questions: answer.length,
        }),
      }),
    )
    .input(agendaSearchInputSchema)
    .output(z.array(agendaQuestionSchema))
    .query(({ ctx, input }) => {
      const ofCycle =
        input.cycleId !== undefined && cycleIdSchema.safeParse(input.cycleId).success
          ? programmeOfCycle(input.cycleId)
          : undefined;
      if (ofCycle !== undefined && input.programmeId !== undefined && ofCycle !== input.programmeId)
        return [];
      return perProgramme(
        ctx.visible,
        input.programmeId ?? ofCycle,
        (programmeId) => searchAgenda(ctx.db, { ...input, programmeId }),
        agendaOrder,
        input.limit,
      );
    }),

  /** Questions per category per cycle of a programme, as the programme's reports draw them. */
  byCategory: procedureIn({
    scope: 'programme',
    grants: programmeReaders,
    input: agendaByCategoryInputSchema,
    from: (input) => input.programmeId,
  })
    .meta(auditAs<{ programmeId: string }>('read', 'agenda', { recordId: ({ input }) => input.programmeId }))
    .output(z.array(agendaCategoryCountSchema))
    .query(({ ctx, input }) => agendaByCategory(ctx.db, input.programmeId)),

  /** A cycle's agenda as it stood at the end of a day, reconstructed from the record's versions of its questions. */
  onDate: procedureIn({
    scope: 'programme',
    grants: programmeReaders,
    input: agendaOnDateInputSchema,
    from: (input) => input.programmeId,
  })
    .meta(
      auditAs<{ programmeId: string; number: number }>('read', 'agenda', {
        recordId: ({ input }) => cycleWorkflowId(input.programmeId, input.number),
      }),
    )
    .output(agendaOnDateSchema)
    .query(async ({ ctx, input }) => ({
      date: input.date,
      questions: await agendaOnDate(ctx.db, cycleWorkflowId(input.programmeId, input.number), input.date),
    })),

  /** What was added, reformulated, answered and escalated on a cycle's agenda between two days. */
  compare: procedureIn({
    scope: 'programme',
    grants: programmeReaders,
    input: agendaComparisonInputSchema,
    from: (input) => input.programmeId,
  })
    .meta(
      auditAs<{ programmeId: string; number: number }>('read', 'agenda', {
        recordId: ({ input }) => cycleWorkflowId(input.programmeId, input.number),
      }),
    )
    .output(agendaComparisonSchema)
    .query(async ({ ctx, input }) => {
      const cycleId = cycleWorkflowId(input.programmeId, input.number);
      const [from, to] = await Promise.all([
        agendaOnDate(ctx.db, cycleId, input.from),
        agendaOnDate(ctx.db, cycleId, input.to),
      ]);
      return compareAgendas({ date: input.from, questions: from }, { date: input.to, questions: to });
    }),

  /**
   * Questions of running cycles that lie still ("blijft liggen"), computed from the record by each programme's
   * settings: on the agenda, the overview and the tasks of the monitors and project leader.
   */
  stale: listedFor(programmeReaders)
    .meta(
      auditAs<unknown, StaleQuestion[]>('read', 'agenda', {
        recordId: ({ answer }) => [...new Set(answer.map((q) => q.programmeId))].join(',') || '-',
        details: ({ answer }) => ({ stale: answer.length }),
      }),
    )
    .input(z.object({ programmeId: programmeIdSchema.optional() }))
    .output(z.array(staleQuestionSchema))
    .query(async ({ ctx, input }) => {
      const { visible } = ctx;
      const programmeIds =
        input.programmeId !== undefined
          ? showsProgramme(visible, input.programmeId)
            ? [input.programmeId]
            : []
          : visible.all
            ? (await listProgrammes(ctx.db)).map((programme) => programme.id)
            : visible.programmes;
      const now = new Date();
      const lists = await Promise.all(programmeIds.map((id) => staleQuestions(ctx.db, id, now)));
      return lists.flat();
    }),
} satisfies TRPCRouterRecord;
