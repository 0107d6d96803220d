import type { TRPCRouterRecord } from '@trpc/server';
import { demoLoadedSchema, loadDemo } from '../demo/load.js';
import { auditAs } from '../audit/trail.js';
import { administratorProcedure } from '../trpc.js';

export const demoRouter = {
  /**
   * Loads the demo programme into an empty system (CONFLICT otherwise): for the administrator of a fresh
   * installation. The cycle's workflow applies it; lists that read the record show it a moment later.
   */
  load: administratorProcedure
    .meta(auditAs('create', 'demo', { recordId: () => 'demo' }))
    .output(demoLoadedSchema)
    .mutation(({ ctx }) => loadDemo(ctx)),
} satisfies TRPCRouterRecord;
