import { parseArgs } from 'node:util';

export interface BenchOptions {
  quick: boolean;
  /** Open cycles at each stage of the scale and cost-growth measurements; the last is the scale figure. */
  sizes: number[];
  /** Launches in flight at once, through the API and with the raw client alike. */
  concurrency: number;
  /** Every n-th cycle is launched with an overdue checkpoint, so `checkpoints.overdue` has rows to return. */
  overdueEvery: number;
  /** Launches of each kind, commands of each kind and reads before anything is timed. */
  warmup: number;
  /** addQuestion commands timed through the API, and as many with the raw client. */
  commandSamples: number;
  /** Timed calls of each read at each stage. */
  readSamples: number;
  /** The worker's stated memory budget, MiB; its workflow cache is sized from it. */
  workerMemoryMiB: number;
  skipWholeCycle: boolean;
}

const usage = `npm run bench [-- options]
  --quick                  small sizes (50 and 200 open cycles), a couple of minutes; what CI runs
  --sizes=100,1000,10000   open cycles at each stage (the last is the scale figure)
  --concurrency=8          launches in flight at once
  --overdue-every=100      every n-th cycle has an overdue checkpoint
  --command-samples=400    addQuestion commands timed per path (API, raw)
  --read-samples=40        timed calls of cycles.list and checkpoints.overdue per stage
  --worker-memory=2048     the worker's memory budget in MiB; sets WORKER_MAX_CACHED_WORKFLOWS
  --skip-whole-cycle       leave out the time-skipping whole cycle`;

function positiveInteger(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} must be a positive whole number`);
  return value;
}

export function benchOptions(argv: string[]): BenchOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      quick: { type: 'boolean', default: false },
      sizes: { type: 'string' },
      concurrency: { type: 'string' },
      'overdue-every': { type: 'string' },
      'command-samples': { type: 'string' },
      'read-samples': { type: 'string' },
      'worker-memory': { type: 'string' },
      'skip-whole-cycle': { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(usage);
    process.exit(0);
  }
  const quick = values.quick;
  const sizes = (values.sizes ?? (quick ? '50,200' : '100,1000,10000'))
    .split(',')
    .map((size) => positiveInteger('sizes', size.trim(), 0));
  if (sizes.some((size, i) => i > 0 && size <= sizes[i - 1]!))
    throw new Error('--sizes must grow from stage to stage');
  return {
    quick,
    sizes,
    concurrency: positiveInteger('concurrency', values.concurrency, 8),
    overdueEvery: positiveInteger('overdue-every', values['overdue-every'], quick ? 25 : 100),
    warmup: quick ? 8 : 20,
    commandSamples: positiveInteger('command-samples', values['command-samples'], quick ? 60 : 400),
    readSamples: positiveInteger('read-samples', values['read-samples'], quick ? 10 : 40),
    workerMemoryMiB: positiveInteger('worker-memory', values['worker-memory'], quick ? 1024 : 2048),
    skipWholeCycle: values['skip-whole-cycle'],
  };
}
