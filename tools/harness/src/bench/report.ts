import { formatTable } from '../system/table.js';
import type { BenchResult } from './main.js';

const ms = (value: number) => `${value.toFixed(1)} ms`;
const times = (value: number) => `×${value.toFixed(2)}`;

/** The figures as tables: what was measured, through the API, the baseline, and their ratio. */
export function printReport(result: BenchResult): void {
  const { machine, worker } = result;
  console.log(
    `\nLeercyclus bench, ${result.mode} mode, ${result.date.slice(0, 10)}: ${machine.cpus} cores (${machine.cpuModel}), ` +
      `${machine.memoryGiB} GiB, Node ${machine.node}; ${result.durationSeconds} s`,
  );
  console.log(
    `worker: memory budget ${worker.memoryBudgetMiB} MiB → NODE_OPTIONS=--max-old-space-size=${worker.maxOldSpaceMiB}, ` +
      `WORKER_MAX_CACHED_WORKFLOWS=${worker.maxCachedWorkflows} (${worker.formula})\n`,
  );

  const last = result.stages.at(-1)!;
  const rows: (string | number)[][] = [
    [
      `launch throughput at ${result.launch.atOpenCycles} open, concurrency ${result.options.concurrency}`,
      `${result.launch.api.perSecond}/s`,
      `${result.launch.raw.perSecond}/s`,
      times(result.launch.apiToRaw),
    ],
    ...(['p50', 'p95', 'p99'] as const).map((p) => [
      `cycles.addQuestion ${p}`,
      ms(result.commands.api[p]),
      ms(result.commands.raw[p]),
      times(result.commands.apiToRaw[p]),
    ]),
    ...(['p50', 'p99'] as const).map((p) => [
      `checkpoints.overdue ${p} at ${last.openCycles} open (${last.overdueRows} rows)`,
      ms(last.overdue[p]),
      ms(last.recordOverdueQuery[p]),
      times(last.overdue[p] / last.recordOverdueQuery[p]),
    ]),
  ];
  console.log(
    formatTable(
      ['measured', 'API', 'baseline (raw client; record query called directly)', 'API ÷ baseline'],
      rows,
    ),
  );

  console.log('');
  console.log(
    formatTable(
      [
        'open cycles',
        'API launches/s',
        'raw launches/s',
        'API ÷ raw',
        'record lag s',
        'list p50',
        'list p99',
        'overdue p50',
        'overdue p99',
        'overdue rows',
        'record overdue p50',
        'worker RSS MiB',
      ],
      result.stages.map((stage) => [
        stage.openCycles,
        stage.launch.api.perSecond,
        stage.launch.raw.perSecond,
        stage.launch.apiToRaw,
        stage.recordCaughtUpSeconds,
        ms(stage.list.p50),
        ms(stage.list.p99),
        ms(stage.overdue.p50),
        ms(stage.overdue.p99),
        stage.overdueRows,
        ms(stage.recordOverdueQuery.p50),
        stage.worker.rssMiB,
      ]),
    ),
  );

  console.log('');
  console.log(
    formatTable(
      ['cost growth: open cycles', 'API launches/s vs first', 'list p50 vs first', 'list p99 vs first'],
      result.costGrowth.map((row) => [
        row.openCycles,
        times(row.launchApiPerSecondVsFirst),
        times(row.listP50VsFirst),
        times(row.listP99VsFirst),
      ]),
    ),
  );

  console.log('');
  const names = [...new Set(result.stages.flatMap((stage) => Object.keys(stage.launchCpu.cpuSeconds)))];
  console.log(
    formatTable(
      ['CPU s while launching + record catch-up', 'wall s', ...names],
      result.stages.map((stage) => [
        `to ${stage.openCycles} open`,
        stage.launchCpu.wallSeconds,
        ...names.map((name) => stage.launchCpu.cpuSeconds[name] ?? 0),
      ]),
    ),
  );

  console.log(
    `\nscale: ${last.openCycles} open cycles on one worker: RSS ${last.worker.rssMiB} MiB (peak ${last.worker.peakRssMiB} MiB) ` +
      `of a ${worker.memoryBudgetMiB} MiB budget, ${last.worker.rssMiB <= worker.memoryBudgetMiB ? 'within' : 'OVER'} it; ` +
      `cache ${worker.maxCachedWorkflows} workflows; idle worker ${worker.idleRssMiB} MiB, ` +
      `${last.worker.perCachedWorkflowMiB} MiB per cached workflow`,
  );
  for (const stage of result.stages) {
    console.log(
      `to ${stage.openCycles} open: worker ${stage.worker.perCachedWorkflowMiB} MiB per cached workflow, ` +
        `${stage.worker.cpuMsPerLaunch} ms CPU per launched cycle`,
    );
  }
  const retries = Object.entries(result.apiRetries);
  console.log(
    retries.length === 0
      ? 'API internal errors: none'
      : `API internal errors, each sent again with the same request id: ${retries.map(([p, n]) => `${p} ${n}`).join(', ')}`,
  );
  const modules = result.workflowModules;
  console.log(
    `workflow bundle ${modules.bundleKiB} KiB; loading it costs a new workflow ${modules.modulesPerWorkflow} modules, ` +
      `${modules.heapKiBPerWorkflow} KiB of heap and ${modules.cpuMsPerWorkflow} ms of CPU`,
  );
  const report = result.report;
  console.log(
    `cycle report (${report.weeks} weeks, ${report.districts} districts, ${report.questions} questions) as PDF: ` +
      `p50 ${report.pdf.p50} ms, max ${report.pdf.max} ms (goal < ${report.targetMs} ms), ${report.kiB} KiB`,
  );
  if (result.wholeCycle) {
    const whole = result.wholeCycle;
    console.log(
      `whole cycle on the time-skipping server: ${whole.wallSeconds.toFixed(2)} s wall for ${whole.simulatedDays.toFixed(1)} days ` +
        `(×${Math.round(whole.speedup).toLocaleString('en')}), ${whole.sessionsRecorded} sessions recorded ` +
        `(${whole.heldInRecord} held in the record), ${whole.historyEvents} history events`,
    );
  }
}
