import { z } from 'zod';
import { publicProcedure } from '../trpc.js';

export const health = publicProcedure
  .output(
    z.object({
      ok: z.boolean(),
      temporal: z.object({ reachable: z.boolean(), namespace: z.string(), error: z.string().optional() }),
    }),
  )
  .query(async ({ ctx }) => {
    try {
      await ctx.temporal.workflowService.getSystemInfo({});
      return { ok: true, temporal: { reachable: true, namespace: ctx.temporal.options.namespace } };
    } catch (error) {
      return {
        ok: false,
        temporal: { reachable: false, namespace: ctx.temporal.options.namespace, error: String(error) },
      };
    }
  });
