import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { listOverdueCheckpoints } from '@leercyclus/db';
import { projectRoot } from '@leercyclus/toolchain';
import { cachedWorkflowsFor, perCachedWorkflowMiB } from '@leercyclus/worker';
import { addQuestionUpdate } from '@leercyclus/workflows';
import { isApiError, parts, users } from '../system/apiClient.js';
import { cycleRef, launchInput, rawStartOptions, startRaw } from '../system/launches.js';
import { cpuMeter, processMemory, type ProcessMemory } from '../system/procStatus.js';
import { openRecordReader } from '../system/recordReader.js';
import { latency, round, runConcurrently, sleep, timed, type Latency } from '../system/stats.js';
import { startSystem } from '../system/system.js';
import { benchOptions } from './options.js';
import { printReport } from './report.js';
import { wholeCycleInTimeSkipping, type WholeCycleResult } from './wholeCycle.js';
import { workflowModuleCost, type WorkflowModuleCost } from './workflowModules.js';
import { reportCost, type ReportCost } from './reportCost.js';

/**
 * `npm run bench`: the system as production runs it (dev server, record, worker and API each a process of its
 * own, on a fresh data folder), measured under load. Every figure with a natural baseline is a ratio measured in
 * the same run: the API against the raw Temporal client on the same server, a larger stage against the first.
 */
const options = benchOptions(process.argv.slice(2));
const startedAt = new Date();
const dataDir = join(projectRoot, '.data', 'bench');
const resultsDir = join(projectRoot, 'bench-results');

/**
 * The worker's memory budget, split as a production worker should be configured: V8's old space is capped at
 * the budget less what lives outside it (Node, the SDK's Rust core, buffers: `nativeMiB`), and the workflow
 * cache takes 60 % of that heap at `perCachedWorkflowMiB` each, leaving the rest for activities, replays and
 * garbage not yet collected. Without the heap cap V8 sizes its heap from the machine's memory, not the budget,
 * and lets garbage pile up well past it. The worker sizes its cache from its heap the
 * same way when it is not told (apps/worker/src/cacheSize.ts); this bench reports the per-workflow figure it
 * finds in each run.
 */
const nativeMiB = 384;
const workerHeapMiB = Math.max(256, options.workerMemoryMiB - nativeMiB);
const maxCachedWorkflows = cachedWorkflowsFor(workerHeapMiB);

const elapsed = () => `${((Date.now() - startedAt.getTime()) / 1000).toFixed(0)}s`;
const progress = (line: string) => console.log(`[bench ${elapsed()}] ${line}`);

export interface LaunchFigures {
  launches: number;
  seconds: number;
  perSecond: number;
}
export interface CpuFigures {
  wallSeconds: number;
  /** CPU seconds per process over the interval; `other` is the rest of the machine. */
  cpuSeconds: Record<string, number>;
}
export interface StageFigures {
  openCycles: number;
  overdueCycles: number;
  launch: { api: LaunchFigures; raw: LaunchFigures; apiToRaw: number };
  /** Where the CPU went while launching and until the record had caught up. */
  launchCpu: CpuFigures;
  /** From the last launch until the record held every cycle (its activities had written it). */
  recordCaughtUpSeconds: number;
  list: Latency;
  overdue: Latency;
  overdueRows: number;
  /** The record's overdue query (packages/db `listOverdueCheckpoints`) called directly: the API's baseline. */
  recordOverdueQuery: Latency;
  worker: ProcessMemory & {
    /** (RSS − idle RSS) ÷ workflows the cache can hold at this stage. */
    perCachedWorkflowMiB: number;
    /** The worker's CPU while launching and catching up ÷ cycles launched: first task plus record activity. */
    cpuMsPerLaunch: number;
  };
}
export interface BenchResult {
  date: string;
  mode: 'quick' | 'full';
  machine: { cpus: number; cpuModel: string; memoryGiB: number; node: string; platform: string };
  options: typeof options;
  worker: {
    memoryBudgetMiB: number;
    maxOldSpaceMiB: number;
    maxCachedWorkflows: number;
    formula: string;
    idleRssMiB: number;
  };
  /**
   * API calls that failed with an internal error and were sent again (same request id), by procedure: before
   * `packages/db` served PGlite with its own queue, the embedded record mixed up concurrent clients' statements.
   */
  apiRetries: Record<string, number>;
  launch: StageFigures['launch'] & { atOpenCycles: number };
  commands: { api: Latency; raw: Latency; apiToRaw: { p50: number; p95: number; p99: number } };
  stages: StageFigures[];
  costGrowth: {
    openCycles: number;
    launchApiPerSecondVsFirst: number;
    listP50VsFirst: number;
    listP99VsFirst: number;
  }[];
  wholeCycle: WholeCycleResult | null;
  /** Loading the workflow code per new workflow, measured in this process after the system has stopped. */
  workflowModules: WorkflowModuleCost;
  /** A cycle report as PDF (packages/reports), measured in this process after the system has stopped. */
  report: ReportCost;
  durationSeconds: number;
}

const system = await startSystem({
  dataDir,
  workerEnv: {
    WORKER_MAX_CACHED_WORKFLOWS: String(maxCachedWorkflows),
    NODE_OPTIONS: `--max-old-space-size=${workerHeapMiB}`,
  },
  progress,
});
let stopping = false;
const stopOnSignal = () => {
  if (stopping) return;
  stopping = true;
  void system.stop().finally(() => process.exit(130));
};
process.once('SIGINT', stopOnSignal);
process.once('SIGTERM', stopOnSignal);

try {
  const record = await openRecordReader(system.databaseUrl);
  const leader = system.as(users.leader);
  const coordinator = system.as(users.coordinator);
  const monitor = system.as(users.monitor);
  const participant = system.as(users.participant);
  const idleWorker = processMemory(system.workerPid());
  const cpu = cpuMeter(() => system.pids());

  /** An API call sent again after an internal error, up to five times, each retry counted by procedure. */
  const apiRetries: Record<string, number> = {};
  async function api<T>(procedure: string, call: () => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await call();
      } catch (error) {
        if (attempt >= 5 || !isApiError(error) || error.data?.code !== 'INTERNAL_SERVER_ERROR') throw error;
        apiRetries[procedure] = (apiRetries[procedure] ?? 0) + 1;
        await sleep(100 * attempt);
      }
    }
  }

  let wholeCycle: WholeCycleResult | null = null;
  if (!options.skipWholeCycle) {
    progress('a whole cycle on the time-skipping test server…');
    wholeCycle = await wholeCycleInTimeSkipping(system.workflowBundlePath);
    progress(
      `whole cycle: ${wholeCycle.wallSeconds.toFixed(2)} s for ${wholeCycle.simulatedDays.toFixed(1)} days`,
    );
  }

  // Every launch of the run, numbered: the n-th gets its programme and number from n, every overdueEvery-th
  // an overdue checkpoint.
  let launched = 0;
  let overdueLaunched = 0;
  const onTime: { programmeId: string; number: number }[] = [];
  const runId = startedAt.getTime().toString(36);
  const nextLaunch = () => {
    const n = launched++;
    const overdue = n % options.overdueEvery === 0;
    if (overdue) overdueLaunched += 1;
    const ref = cycleRef('bench', n);
    if (!overdue) onTime.push(ref);
    return launchInput(ref, `bench-${runId}-${n}`, { overdue });
  };

  /** The programmes the run's people have their parts in so far (granted before a launch into a new one). */
  const staffed = new Set<string>();
  async function staff(programmeIds: string[]): Promise<void> {
    const programmes = [...new Set(programmeIds)].filter((id) => !staffed.has(id));
    if (programmes.length === 0) return;
    await system.grant(parts({ programmes }));
    for (const id of programmes) staffed.add(id);
  }

  /** Launches `count` cycles at the fixed concurrency, through the API or the raw client; returns ms. */
  async function launchBatch(kind: 'api' | 'raw', count: number): Promise<number> {
    const inputs = Array.from({ length: count }, nextLaunch);
    await staff(inputs.map((input) => input.programmeId));
    if (kind === 'api') {
      return runConcurrently(inputs, options.concurrency, (input) =>
        api('cycles.launch', () => leader.cycles.launch.mutate(input)),
      );
    }
    const starts = inputs.map((input) => rawStartOptions(input));
    return runConcurrently(starts, options.concurrency, (start) => startRaw(system.client, start));
  }

  /** Fills up to `target` open cycles, half through the API and half raw, in alternating chunks. */
  async function launchUpTo(target: number): Promise<StageFigures['launch']> {
    const need = target - launched;
    const counts = { raw: Math.floor(need / 2), api: need - Math.floor(need / 2) };
    const chunk = Math.max(options.concurrency * 4, Math.min(250, Math.ceil(need / 20)));
    const spent = { api: 0, raw: 0 };
    const done = { api: 0, raw: 0 };
    let turn: 'api' | 'raw' = 'raw';
    while (done.api < counts.api || done.raw < counts.raw) {
      const kind: 'api' | 'raw' = done[turn] < counts[turn] ? turn : turn === 'api' ? 'raw' : 'api';
      const size = Math.min(chunk, counts[kind] - done[kind]);
      spent[kind] += await launchBatch(kind, size);
      done[kind] += size;
      turn = kind === 'api' ? 'raw' : 'api';
    }
    const figures = (kind: 'api' | 'raw'): LaunchFigures => ({
      launches: done[kind],
      seconds: round(spent[kind] / 1000, 3),
      perSecond: round(done[kind] / (spent[kind] / 1000), 1),
    });
    const api = figures('api');
    const raw = figures('raw');
    return { api, raw, apiToRaw: round(api.perSecond / raw.perSecond, 3) };
  }

  /** Waits until the record holds every launched cycle as its workflow last wrote it. */
  async function recordCaughtUp(): Promise<number> {
    const started = performance.now();
    const deadline = Date.now() + 15 * 60_000;
    for (;;) {
      const [counts] = await record.rows<{ ready: number; overdue: number }>(
        `select
           (select count(*)::int from processes where kind = 'learningCycle' and next_event_at is not null) as ready,
           (select count(*)::int from checkpoints where status = 'overdue') as overdue`,
      );
      if (counts && counts.ready >= launched && counts.overdue >= overdueLaunched) break;
      if (system.pids().worker === undefined) {
        throw new Error(`the worker process exited (out of memory?); see ${system.logFile}`);
      }
      if (Date.now() > deadline) {
        throw new Error(
          `the record holds ${counts?.ready}/${launched} cycles and ${counts?.overdue}/${overdueLaunched} overdue checkpoints after 15 minutes`,
        );
      }
      await sleep(500);
    }
    return (performance.now() - started) / 1000;
  }

  async function sampleReads(
    samples: number,
  ): Promise<Pick<StageFigures, 'list' | 'overdue' | 'overdueRows' | 'recordOverdueQuery'>> {
    const list: number[] = [];
    const overdue: number[] = [];
    const recordOverdue: number[] = [];
    let overdueRows = 0;
    for (let i = 0; i < samples; i += 1) {
      list.push(await timed(() => api('cycles.list', () => participant.cycles.list.query())));
      overdue.push(
        await timed(async () => {
          overdueRows = (await api('checkpoints.overdue', () => coordinator.checkpoints.overdue.query()))
            .length;
        }),
      );
      recordOverdue.push(await timed(() => listOverdueCheckpoints(record.db, new Date())));
    }
    return {
      list: latency(list),
      overdue: latency(overdue),
      overdueRows,
      recordOverdueQuery: latency(recordOverdue),
    };
  }

  const questionInput = (i: number) => ({
    text: `Wat heeft het wijkteam nodig om vraag ${i} zelf op te pakken?`,
    district: null,
    raisedIn: 'learningSession' as const,
    occurrenceId: null,
    level: 'team' as const,
    category: 'roleAndOwnEffortOfSwt',
    responsible: null,
  });
  let questionsSent = 0;
  const addQuestionApi = (ref: { programmeId: string; number: number }) =>
    api('cycles.addQuestion', () =>
      monitor.cycles.addQuestion.mutate({ ...ref, ...questionInput(questionsSent++) }),
    );
  const addQuestionRaw = (ref: { programmeId: string; number: number }) =>
    system.client.workflow
      .getHandle(`cycle/${ref.programmeId}/${ref.number}`)
      .executeUpdate(addQuestionUpdate, {
        args: [{ by: users.monitor, input: questionInput(questionsSent++) }],
      });

  progress(`warm-up: ${options.warmup} launches and commands of each kind, reads`);
  await launchBatch('raw', options.warmup);
  await launchBatch('api', options.warmup);
  await recordCaughtUp();
  for (let i = 0; i < options.warmup; i += 1) {
    const ref = onTime[i % onTime.length]!;
    await addQuestionApi(ref);
    await addQuestionRaw(ref);
  }
  await sampleReads(3);

  const stages: StageFigures[] = [];
  for (const size of options.sizes) {
    if (size <= launched) throw new Error(`stage ${size} is not above the ${launched} cycles already open`);
    progress(`stage ${size}: launching ${size - launched} cycles (concurrency ${options.concurrency})…`);
    cpu.start();
    const launch = await launchUpTo(size);
    progress(
      `stage ${size}: API ${launch.api.perSecond}/s, raw ${launch.raw.perSecond}/s; waiting for the record…`,
    );
    const recordCaughtUpSeconds = await recordCaughtUp();
    const launchCpu = cpu.stop();
    await sleep(2000);
    progress(`stage ${size}: record caught up after ${recordCaughtUpSeconds.toFixed(1)} s; timing reads…`);
    await sampleReads(3);
    const reads = await sampleReads(options.readSamples);
    const worker = processMemory(system.workerPid());
    stages.push({
      openCycles: launched,
      overdueCycles: overdueLaunched,
      launch,
      launchCpu,
      recordCaughtUpSeconds: round(recordCaughtUpSeconds, 1),
      ...reads,
      worker: {
        rssMiB: round(worker.rssMiB, 0),
        peakRssMiB: round(worker.peakRssMiB, 0),
        perCachedWorkflowMiB: round(
          (worker.rssMiB - idleWorker.rssMiB) / Math.min(launched, maxCachedWorkflows),
          2,
        ),
        cpuMsPerLaunch: round(
          ((launchCpu.cpuSeconds.worker ?? 0) * 1000) / (launch.api.launches + launch.raw.launches),
          1,
        ),
      },
    });
    progress(
      `stage ${size}: list p50 ${reads.list.p50} ms, overdue p50 ${reads.overdue.p50} ms (${reads.overdueRows} rows), worker ${worker.rssMiB.toFixed(0)} MiB`,
    );
  }

  progress(`commands: ${options.commandSamples} addQuestion through the API and as many raw, alternating…`);
  const targets = onTime.slice(-8);
  const apiSamples: number[] = [];
  const rawSamples: number[] = [];
  for (let i = 0; i < options.warmup; i += 1) {
    await addQuestionApi(targets[i % targets.length]!);
    await addQuestionRaw(targets[i % targets.length]!);
  }
  for (let i = 0; i < options.commandSamples; i += 1) {
    const ref = targets[i % targets.length]!;
    const api = () => timed(() => addQuestionApi(ref)).then((ms) => apiSamples.push(ms));
    const raw = () => timed(() => addQuestionRaw(ref)).then((ms) => rawSamples.push(ms));
    if (i % 2 === 0) {
      await api();
      await raw();
    } else {
      await raw();
      await api();
    }
  }
  const commandsApi = latency(apiSamples);
  const commandsRaw = latency(rawSamples);

  await record.close();
  await system.stop();
  progress('loading the workflow code 200 times, as 200 new workflows would…');
  const workflowModules = workflowModuleCost(system.workflowBundlePath);
  progress('a 13-week, three-district cycle report as PDF…');
  const report = await reportCost();

  const first = stages[0]!;
  const last = stages.at(-1)!;
  const result: BenchResult = {
    date: startedAt.toISOString(),
    mode: options.quick ? 'quick' : 'full',
    machine: {
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model ?? 'unknown',
      memoryGiB: round(totalmem() / 2 ** 30, 1),
      node: process.version,
      platform: `${process.platform} ${process.arch}`,
    },
    options,
    worker: {
      memoryBudgetMiB: options.workerMemoryMiB,
      maxOldSpaceMiB: workerHeapMiB,
      maxCachedWorkflows,
      formula: `heap = budget − ${nativeMiB} MiB outside V8; cache = heap × 0.6 ÷ ${perCachedWorkflowMiB} MiB per cached workflow`,
      idleRssMiB: round(idleWorker.rssMiB, 0),
    },
    apiRetries,
    launch: { ...last.launch, atOpenCycles: last.openCycles },
    commands: {
      api: commandsApi,
      raw: commandsRaw,
      apiToRaw: {
        p50: round(commandsApi.p50 / commandsRaw.p50, 3),
        p95: round(commandsApi.p95 / commandsRaw.p95, 3),
        p99: round(commandsApi.p99 / commandsRaw.p99, 3),
      },
    },
    stages,
    costGrowth: stages.map((stage) => ({
      openCycles: stage.openCycles,
      launchApiPerSecondVsFirst: round(stage.launch.api.perSecond / first.launch.api.perSecond, 3),
      listP50VsFirst: round(stage.list.p50 / first.list.p50, 3),
      listP99VsFirst: round(stage.list.p99 / first.list.p99, 3),
    })),
    wholeCycle,
    workflowModules,
    report,
    durationSeconds: 0,
  };
  result.durationSeconds = round((Date.now() - startedAt.getTime()) / 1000, 0);

  mkdirSync(resultsDir, { recursive: true });
  const file = join(resultsDir, `bench-${startedAt.toISOString().replace(/[:.]/g, '-')}.json`);
  writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
  printReport(result);
  console.log(`\nwritten to ${file}`);
} catch (error) {
  console.error(error);
  console.error(`the processes' output is in ${system.logFile}`);
  // Stopped once only: when stopping was what failed, this reports nothing new.
  await system.stop().catch(() => undefined);
  process.exit(1);
}
