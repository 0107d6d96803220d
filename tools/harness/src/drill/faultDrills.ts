import { sleep } from '../system/stats.js';
import {
  describeStream,
  launchDrillCycles,
  planCommands,
  streamCommands,
  until,
  type CycleRef,
  type DrillCommand,
} from './commands.js';
import type { Drill, DrillContext, DrillOutcome } from './drill.js';
import { describeVerification, strayAppliedEvents, verifyCycles, type CycleExpectation } from './verify.js';

interface Workload {
  refs: CycleRef[];
  commands: DrillCommand[];
  expectations: CycleExpectation[];
}

/** Cycles with sessions to record and questions to add: about 15 commands a cycle (20 in full mode). */
async function prepareWorkload(context: DrillContext, programmeId: string): Promise<Workload> {
  const cycles = context.quick ? 4 : 8;
  const refs = await launchDrillCycles(context.system, programmeId, cycles);
  const { commands, expectations } = await planCommands(
    context.system,
    refs,
    context.quick ? 5 : 10,
    programmeId,
  );
  return { refs, commands, expectations };
}

/**
 * Sends the workload and, once a third of it has been answered, does `fault` while the rest is in flight; then
 * checks the cycles and the record. The client waits 4 s for an answer, shorter than the fault lasts, so commands
 * caught by it are sent again with the same request id while the first copy may still be on its way.
 */
async function underFault(
  context: DrillContext,
  workload: Workload,
  fault: () => Promise<string>,
): Promise<{ injected: string; found: string[]; problems: string[] }> {
  const stream = streamCommands(context.system, workload.commands, {
    concurrency: 8,
    callTimeoutMs: 4_000,
    deadlineMs: 240_000,
  });
  await until(
    () =>
      stream.completed() >= workload.commands.length / 3 || stream.completed() === workload.commands.length,
  );
  const inFlight = stream.inFlight();
  const injected = await fault();
  const stats = await stream.done;
  context.progress('commands answered; checking the cycles and the record…');
  const verification = await verifyCycles(context, workload.expectations);
  const stray = await strayAppliedEvents(context);
  return {
    injected: `${injected}, with ${inFlight} of ${workload.commands.length} commands in flight`,
    found: [describeStream(stats), describeVerification(verification)],
    problems: [
      ...stats.gaveUp.map((command) => `command never taken: ${command}`),
      ...verification.problems,
      ...(stray.length > 0 ? [`applied_events holds ids of no process: ${stray.join(', ')}`] : []),
    ],
  };
}

export const workerKillDrill: Drill = {
  number: 1,
  name: 'worker killed (SIGKILL) mid-commands, restarted',
  async run(context): Promise<DrillOutcome> {
    const workload = await prepareWorkload(context, 'drill-worker-kill');
    const downMs = context.quick ? 3_000 : 10_000;
    const result = await underFault(context, workload, async () => {
      const pid = context.system.workerPid();
      await context.system.killWorker('SIGKILL');
      context.progress(`worker ${pid} killed; restarting in ${downMs / 1000} s`);
      await sleep(downMs);
      const restarted = performance.now();
      await context.system.startWorker();
      const seconds = ((performance.now() - restarted) / 1000).toFixed(1);
      return `SIGKILL to worker ${pid}, down ${downMs / 1000} s, new worker ${context.system.workerPid()} polling after ${seconds} s`;
    });
    return result;
  },
};

export const devServerRestartDrill: Drill = {
  number: 2,
  name: 'dev server stopped and restarted on its SQLite file',
  async run(context): Promise<DrillOutcome> {
    const workload = await prepareWorkload(context, 'drill-dev-server');
    const downMs = context.quick ? 3_000 : 10_000;
    const workerBefore = context.system.workerPid();
    const result = await underFault(context, workload, async () => {
      const stopping = performance.now();
      await context.system.stopDevServer();
      const stopSeconds = ((performance.now() - stopping) / 1000).toFixed(1);
      context.progress(`dev server stopped (${stopSeconds} s); starting it again in ${downMs / 1000} s`);
      await sleep(downMs);
      const starting = performance.now();
      await context.system.startDevServer();
      const startSeconds = ((performance.now() - starting) / 1000).toFixed(1);
      return `dev server stopped (SIGTERM, ${stopSeconds} s), down ${downMs / 1000} s, answering again ${startSeconds} s after its restart`;
    });
    const pids = context.system.pids();
    if (pids.worker !== workerBefore)
      result.problems.push('the worker did not survive the dev server restart');
    if (pids.api === undefined) result.problems.push('the API did not survive the dev server restart');
    result.found.push(
      pids.worker === workerBefore && pids.api !== undefined
        ? 'worker and API reconnected by themselves (same processes)'
        : `worker ${pids.worker ?? 'gone'}, API ${pids.api ?? 'gone'}`,
    );
    return result;
  },
};
