import { procedureFor, router } from '../trpc.js';
import { demoLoadedSchema, loadDemo } from './load.js';

export const demoRouter = router({
  /**
   * Loads the demo programme into an empty system (CONFLICT otherwise). The cycle's workflow applies it; lists
   * that read the record show it a moment later.
   */
  load: procedureFor('projectLeader')
    .output(demoLoadedSchema)
    .mutation(({ ctx }) => loadDemo(ctx)),
});
