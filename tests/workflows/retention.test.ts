import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { defaultRecordRetention } from '@leercyclus/config';
import { tables, type Db } from '@leercyclus/db';
import { aCycleWithTexts, aProgramme, openTestDatabase, type TestDatabase } from '@leercyclus/db/testing';
import { retentionKinds, type PurgeResult, type RetentionPolicy } from '@leercyclus/domain';
import { historyKeyFile } from '@leercyclus/harness';
import { ensureRetentionSchedule } from '@leercyclus/worker';
import { retentionScheduleId, taskQueue, type retention } from '@leercyclus/workflows';
import { eventually } from '../support/api.js';
import { useSystem } from '../support/system.js';
import { devServerEnvironment } from '../support/temporal.js';

/** A programme whose only cycle closed long ago, and one whose cycle runs: what a retention run meets. */
async function seed(db: Db): Promise<void> {
  await aProgramme(db, 'oud');
  await aProgramme(db, 'lopend');
  await aCycleWithTexts(db, 'oud', { closedAt: '2023-06-30T15:00:00.000Z', caseCode: 'W-01' });
  await aCycleWithTexts(db, 'lopend', { closedAt: null, caseCode: 'L-01' });
  // Both cases were last changed while their cycles ran.
  await db.update(tables.cases).set({ updatedAt: new Date('2023-05-01T10:00:00.000Z') });
}

const heldNotes = async (db: Db, cycleId: string) => {
  const [held] = await db
    .select({ notes: tables.occurrences.notes })
    .from(tables.occurrences)
    .where(and(eq(tables.occurrences.processId, cycleId), eq(tables.occurrences.status, 'held')));
  return held!.notes;
};

const purgeEntries = (db: Db) =>
  db.select().from(tables.auditLog).where(eq(tables.auditLog.action, 'purge')).orderBy(tables.auditLog.id);

describe('a retention run, on the time-skipping server', () => {
  const system = useSystem('timeSkipping');

  it('purges each kind past its period, kind by kind, and answers what it purged', async () => {
    const { db } = system.record;
    await seed(db);
    const results = await system.env.client.workflow.execute<typeof retention>('retention', {
      taskQueue,
      workflowId: 'retention-now',
      args: [defaultRecordRetention],
    });

    expect(results.map((r) => r.kind)).toEqual([...retentionKinds]);
    const byKind = Object.fromEntries(results.map((r) => [r.kind, r])) as Record<string, PurgeResult>;
    // Closed in mid-2023: its notes are past their year, its programme's cases past two years after that;
    // its agenda has five years to go.
    expect(byKind.sessionNotes!.purged).toMatchObject({ occurrences: 2, evaluations: 1 });
    expect(byKind.cases!.purged).toMatchObject({ cases: 1, occurrence_cases: 1 });
    expect(Object.values(byKind.agenda!.purged).every((n) => n === 0)).toBe(true);
    expect(await heldNotes(db, 'cycle/oud/1')).toBeNull();
    expect(await heldNotes(db, 'cycle/lopend/1')).toMatch(/L-01/);
    const [oldCase] = await db.select().from(tables.cases).where(eq(tables.cases.programmeId, 'oud'));
    expect(oldCase!.code).toBe(`#${oldCase!.id}`);

    expect((await purgeEntries(db)).map((e) => e.recordId)).toEqual(['sessionNotes', 'cases']);
  });
});

/** The worker process as `npm start` runs it, on the given record and Temporal server; its output collected. */
function startWorker(env: TestWorkflowEnvironment, record: TestDatabase, retentionEnv: NodeJS.ProcessEnv) {
  const main = fileURLToPath(new URL('../../apps/worker/src/main.ts', import.meta.url));
  let output = '';
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', main], {
    env: {
      ...process.env,
      ...retentionEnv,
      DATABASE_URL: record.databaseUrl,
      // The key the tests' own clients encrypt with, so the worker reads what they wrote.
      LEERCYCLUS_PAYLOAD_KEY_FILE: historyKeyFile,
      LEERCYCLUS_PAYLOAD_KEYS: '',
      TEMPORAL_ADDRESS: env.address,
      TEMPORAL_NAMESPACE: env.namespace ?? 'default',
      WORKFLOW_BUNDLE_PATH: inject('workflowBundlePath'),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    output: () => output,
    stop: async () => {
      child.kill('SIGTERM');
      await exited;
    },
  };
}

describe('the retention schedule, once a worker has started, on a Temporal dev server', () => {
  let env: TestWorkflowEnvironment;
  let record: TestDatabase;
  let worker: ReturnType<typeof startWorker>;
  const schedule = () => env.client.schedule.getHandle(retentionScheduleId);

  beforeAll(async () => {
    env = await devServerEnvironment();
    record = await openTestDatabase('postgres');
    await seed(record.db);
    worker = startWorker(env, record, { RETENTION_SESSION_NOTES: '400d', RETENTION_CASES: '3y' });
    const started = await eventually(
      () => Promise.resolve(worker.output()),
      (output) => output.includes('worker polling') || output.includes('Error'),
      100_000,
    );
    expect(started).toContain(`retention schedule "${retentionScheduleId}" created`);
  });

  afterAll(async () => {
    await worker?.stop();
    await env?.teardown();
    await record?.drop();
  });

  it('runs the retention workflow every night with the periods the worker was given', async () => {
    const described = await schedule().describe();
    expect(described.action).toMatchObject({ workflowType: 'retention', taskQueue });
    expect(described.action.args).toEqual([
      { ...defaultRecordRetention, sessionNotes: 400, cases: 3 * 365 } satisfies RetentionPolicy,
    ]);
    expect(described.spec).toMatchObject({
      calendars: [expect.objectContaining({ hour: [{ start: 3, end: 3, step: 1 }] })],
      timezone: 'Europe/Amsterdam',
    });
    expect(described.policies.overlap).toBe('SKIP');
  });

  it('purges the record when it runs, and says so in the worker’s log', async () => {
    await schedule().trigger();
    const actions = await eventually(
      async () => (await schedule().describe()).info.recentActions,
      (recent) => recent.length > 0,
    );
    const run = env.client.workflow.getHandle<typeof retention>(actions[0]!.action.workflow.workflowId);
    const results = await run.result();
    expect(results.find((r) => r.kind === 'sessionNotes')!.purged).toMatchObject({ occurrences: 2 });
    expect(await heldNotes(record.db, 'cycle/oud/1')).toBeNull();
    expect((await purgeEntries(record.db)).map((e) => e.recordId)).toEqual(['sessionNotes', 'cases']);
    const log = await eventually(
      () => Promise.resolve(worker.output()),
      (output) => output.includes('Retention run as of'),
    );
    expect(log).toMatch(/Retention run as of \S+: \d+ rows purged; sessionNotes: \d+ \(occurrences 2/);
  });

  it('is brought to new periods by the next start, and an operator’s pause stays', async () => {
    await schedule().pause('Onderhoud van de database');
    const changed = { ...defaultRecordRetention, sessionNotes: 500 };
    expect(await ensureRetentionSchedule(env.client, changed)).toBe('updated');
    const described = await schedule().describe();
    expect(described.action.args).toEqual([changed]);
    expect(described.state).toMatchObject({ paused: true, note: 'Onderhoud van de database' });
  });
});
