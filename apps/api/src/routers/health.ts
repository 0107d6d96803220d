import { z } from 'zod';
import { publicProcedure } from '../trpc.js';

/**
 * Whether Temporal answers, for the panel to explain a failure. Anyone may ask: Temporal's own error text, which
 * names addresses inside the installation, stays out of the answer (`/readyz` logs it).
 */
export const health = publicProcedure
  .output(
    z.object({
      ok: z.boolean(),
      temporal: z.object({ reachable: z.boolean(), namespace: z.string() }),
    }),
  )
  .query(async ({ ctx }) => {
    const namespace = ctx.temporal.options.namespace;
    try {
      await ctx.temporal.workflowService.getSystemInfo({});
      return { ok: true, temporal: { reachable: true, namespace } };
    } catch {
      return { ok: false, temporal: { reachable: false, namespace } };
    }
  });
