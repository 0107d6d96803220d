import { proxySinks, type Sinks, type WorkflowInterceptorsFactory } from '@temporalio/workflow';

/** What the replay test hears from the workflow code: every activity it schedules, with its input. */
export interface ReplaySinks extends Sinks {
  replay: { scheduled(activityType: string, args: unknown[]): void };
}

const { replay } = proxySinks<ReplaySinks>();

/** Bundled only into the replay tests' workflow bundle. */
export const interceptors: WorkflowInterceptorsFactory = () => ({
  outbound: [
    {
      scheduleActivity(input, next) {
        replay.scheduled(input.activityType, input.args);
        return next(input);
      },
    },
  ],
});
