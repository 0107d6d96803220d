import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { projectRoot } from '@leercyclus/toolchain';
import { openRecordReader } from '../system/recordReader.js';
import { startSystem, type RunningSystem } from '../system/system.js';
import { formatTable } from '../system/table.js';
import type { Drill, DrillContext, DrillOutcome } from './drill.js';
import { duplicatesDrill } from './duplicates.js';
import { mailDuplicateDrill } from './mailDuplicate.js';
import { devServerRestartDrill, workerKillDrill } from './faultDrills.js';
import { malformedDrill } from './malformed.js';
import { createDatabase, dropDatabase, postgresOutageDrill, postgresServer } from './postgresOutage.js';
import { TcpProxy } from './tcpProxy.js';

/**
 * `npm run drill`: fault drills against the system as production runs it (dev server, record, worker and API
 * each a process of its own). Each drill injects a fault and then checks that nothing was lost or written twice —
 * in the workflows' state, their histories and the record. Exits non-zero when a drill fails.
 */
const { values } = parseArgs({
  args: process.argv.slice(2),
  options: {
    quick: { type: 'boolean', default: false },
    only: { type: 'string' },
    malformed: { type: 'string' },
    outage: { type: 'string' },
    help: { type: 'boolean', default: false },
  },
});
if (values.help) {
  console.log(`npm run drill [-- options]
  --quick          smaller workloads, a 10 s Postgres outage; what CI runs
  --only=1,3       run only these drills (1 worker kill, 2 dev server restart, 3 Postgres outage,
                   4 malformed input, 5 sent twice, 6 worker killed mid-send of an e-mail)
  --malformed=N    malformed inputs for drill 4 (default 1000)
  --outage=S       seconds Postgres is unreachable in drill 3 (default 60, 10 with --quick)`);
  process.exit(0);
}
const quick = values.quick;
const only = values.only ? new Set(values.only.split(',').map(Number)) : undefined;
const malformedCount = Number(values.malformed ?? 1000);
const outageSeconds = Number(values.outage ?? (quick ? 10 : 60));
const startedAt = new Date();
const elapsed = () => `${((Date.now() - startedAt.getTime()) / 1000).toFixed(0)}s`;
const progress = (line: string) => console.log(`[drill ${elapsed()}] ${line}`);

interface Row extends DrillOutcome {
  number: number;
  name: string;
  seconds: number;
}
const rows: Row[] = [];

let proxy: TcpProxy | undefined;
const embedded: Drill[] = [
  workerKillDrill,
  devServerRestartDrill,
  malformedDrill(malformedCount),
  duplicatesDrill,
  mailDuplicateDrill,
];
const onPostgres: Drill[] = [
  postgresOutageDrill(
    () => proxy!,
    () => outageSeconds * 1000,
  ),
];
const wanted = (drills: Drill[]) => drills.filter((drill) => !only || only.has(drill.number));

let current: RunningSystem | undefined;
const stopOnSignal = () => void (current?.stop() ?? Promise.resolve()).finally(() => process.exit(130));
process.once('SIGINT', stopOnSignal);
process.once('SIGTERM', stopOnSignal);

async function runDrills(system: RunningSystem, drills: Drill[]): Promise<void> {
  const record = await openRecordReader(system.databaseUrl);
  const context: DrillContext = {
    system,
    record,
    quick,
    progress: (line) => progress(`  ${line}`),
  };
  try {
    for (const drill of drills) {
      progress(`drill ${drill.number}: ${drill.name}`);
      const started = performance.now();
      let outcome: DrillOutcome;
      try {
        outcome = await drill.run(context);
      } catch (error) {
        outcome = {
          injected: '(the drill did not finish)',
          found: [],
          problems: [`the drill broke off: ${error instanceof Error ? error.message : String(error)}`],
        };
      }
      const seconds = (performance.now() - started) / 1000;
      rows.push({ number: drill.number, name: drill.name, seconds, ...outcome });
      progress(
        `drill ${drill.number}: ${outcome.problems.length === 0 ? 'passed' : `FAILED (${outcome.problems.length} problems)`}`,
      );
    }
  } finally {
    await record.close();
  }
}

try {
  if (wanted(embedded).length > 0) {
    progress('starting the system on its embedded defaults (PGlite record)…');
    current = await startSystem({ dataDir: join(projectRoot, '.data', 'drill'), progress });
    await runDrills(current, wanted(embedded));
    await current.stop();
    current = undefined;
  }
  if (wanted(onPostgres).length > 0) {
    const database = `leercyclus_drill_${startedAt.getTime()}`;
    progress(
      `creating database ${database} on ${postgresServer.host}:${postgresServer.port} behind a TCP proxy…`,
    );
    await createDatabase(database);
    proxy = new TcpProxy({ host: postgresServer.host, port: postgresServer.port });
    const proxyPort = await proxy.listen();
    try {
      current = await startSystem({
        dataDir: join(projectRoot, '.data', 'drill-postgres'),
        databaseUrl: `postgres://${postgresServer.user}@127.0.0.1:${proxyPort}/${database}`,
        progress,
      });
      await runDrills(current, wanted(onPostgres));
      await current.stop();
      current = undefined;
    } finally {
      await proxy.close();
      await dropDatabase(database).catch((error: unknown) =>
        progress(`could not drop ${database}: ${String(error)}`),
      );
    }
  }
} catch (error) {
  console.error(error);
  // Stopped once only: when stopping was what failed, this reports nothing new.
  await current?.stop().catch(() => undefined);
  process.exit(1);
}

rows.sort((a, b) => a.number - b.number);
const table = rows.flatMap((row) => {
  const verdict = row.problems.length === 0 ? 'passed' : 'FAILED';
  const lines = [
    [`${row.number}. ${row.name}`, 'injected', row.injected, verdict],
    ...row.found.map((found) => ['', 'found', found, '']),
    ...row.problems.map((problem) => ['', 'problem', problem, '']),
    [``, '', `${row.seconds.toFixed(0)} s`, ''],
  ];
  return lines;
});
console.log(
  `\nLeercyclus drills, ${quick ? 'quick' : 'full'} mode, ${startedAt.toISOString().slice(0, 10)}\n`,
);
console.log(formatTable(['drill', '', 'what', 'verdict'], table));

const resultsDir = join(projectRoot, 'bench-results');
mkdirSync(resultsDir, { recursive: true });
const file = join(resultsDir, `drill-${startedAt.toISOString().replace(/[:.]/g, '-')}.json`);
writeFileSync(
  file,
  `${JSON.stringify({ date: startedAt.toISOString(), mode: quick ? 'quick' : 'full', drills: rows }, null, 2)}\n`,
);
console.log(`\nwritten to ${file}`);
const failed = rows.filter((row) => row.problems.length > 0);
if (failed.length > 0) {
  console.log(`${failed.length} of ${rows.length} drills failed`);
  process.exit(1);
}
console.log(`all ${rows.length} drills passed`);
