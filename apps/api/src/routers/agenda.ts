import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { agendaByCategory, searchAgenda } from '@leercyclus/db';
import {
  agendaByCategoryInputSchema,
  agendaCategoryCountSchema,
  agendaQuestionSchema,
  agendaSearchInputSchema,
} from '@leercyclus/domain';
import { procedureFor } from '../trpc.js';

/** The learning agendas as the record keeps them, across every cycle; one cycle's live agenda is `cycles.get`. */
export const agendaRouter = {
  search: procedureFor('projectLeader', 'coordinator', 'monitor', 'management', 'participant')
    .input(agendaSearchInputSchema)
    .output(z.array(agendaQuestionSchema))
    .query(({ ctx, input }) => searchAgenda(ctx.db, input)),

  /** Questions per category per cycle of a programme, as the programme's reports draw them. */
  byCategory: procedureFor('projectLeader', 'coordinator', 'monitor', 'management', 'participant')
    .input(agendaByCategoryInputSchema)
    .output(z.array(agendaCategoryCountSchema))
    .query(({ ctx, input }) => agendaByCategory(ctx.db, input.programmeId)),
} satisfies TRPCRouterRecord;
