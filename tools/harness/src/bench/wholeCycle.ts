import { TestWorkflowEnvironment } from '@temporalio/testing';
import { DefaultLogger, Runtime } from '@temporalio/worker';
import { dataConverter, generatePayloadKey, keyRing } from '@leercyclus/codec';
import { migrate, openDatabase } from '@leercyclus/db';
import { findTemporalBinary, registerSearchAttributes } from '@leercyclus/toolchain';
import { createLeercyclusWorker, workerActivities } from '@leercyclus/worker';
import {
  addQuestionUpdate,
  allSearchAttributeKeys,
  cycleStateQuery,
  recordSessionUpdate,
  submitEvaluationUpdate,
} from '@leercyclus/workflows';
import { users } from '../system/apiClient.js';
import { launchInput, rawStartOptions } from '../system/launches.js';

export interface WholeCycleResult {
  wallSeconds: number;
  /** Workflow time the cycle covered, in days. */
  simulatedDays: number;
  /** Simulated time per wall time. */
  speedup: number;
  sessionsRecorded: number;
  heldInRecord: number;
  historyEvents: number;
}

const hourMs = 3_600_000;

/**
 * A whole cycle on the time-skipping test server (the project's own binary, as tests/support/temporal.ts
 * starts it), on a worker in this process writing to an in-memory record: two districts, thirteen weeks, every
 * session and partner gathering recorded an hour after it started, the evaluation submitted, then the cycle
 * closes itself at its end date.
 */
export async function wholeCycleInTimeSkipping(workflowBundlePath: string): Promise<WholeCycleResult> {
  Runtime.install({ logger: new DefaultLogger('WARN') });
  // Encrypted as production runs it, with a key of this run alone.
  const converter = dataConverter(keyRing([generatePayloadKey('bench')]));
  const env = await TestWorkflowEnvironment.createTimeSkipping({
    server: { executable: { type: 'existing-path', path: findTemporalBinary('testServer').path } },
    client: { dataConverter: converter },
  });
  const database = await openDatabase({ dataDir: 'memory://' });
  try {
    await migrate(database);
    await registerSearchAttributes(env.connection, env.namespace ?? 'default', allSearchAttributeKeys);
    const worker = await createLeercyclusWorker({
      connection: env.nativeConnection,
      namespace: env.namespace ?? 'default',
      dataConverter: converter,
      workflowBundle: { codePath: workflowBundlePath },
      activities: workerActivities(env.client, database.db),
    });
    return await worker.runUntil(async () => {
      const wallStart = performance.now();
      const simulatedStart = await env.currentTimeMs();
      const input = launchInput(
        { programmeId: 'bench-hele-cyclus', number: 1 },
        'bench-whole-cycle-1',
        {},
        new Date(simulatedStart),
      );
      const handle = await env.client.workflow.start('learningCycle', rawStartOptions(input));
      const question = await handle.executeUpdate(addQuestionUpdate, {
        args: [
          {
            by: users.monitor,
            input: {
              text: 'Hoe betrekken we school eerder bij zorgen over een kind?',
              district: 'West',
              raisedIn: 'learningSession',
              occurrenceId: null,
              level: 'organisation',
              category: 'education',
              responsible: users.monitor,
            },
          },
        ],
      });
      const state = await handle.query(cycleStateQuery);
      const sessions = state.occurrences.filter(
        (o) => o.kind === 'learningSession' || o.kind === 'partnerGathering',
      );
      let recorded = 0;
      for (const session of sessions) {
        const wait = Date.parse(session.startsAt) + hourMs - (await env.currentTimeMs());
        if (wait > 0) await env.sleep(wait);
        await handle.executeUpdate(recordSessionUpdate, {
          args: [
            {
              by: users.monitor,
              input: {
                occurrenceId: session.id,
                record: {
                  attendance: { swtProfessionals: 6, partnerProfessionals: 3, parentsOrGuardians: 1 },
                  organisations: ['Jeugdhulp Rijnmond', 'Basisschool De Horizon'],
                  caseCodes: [`${session.district === 'West' ? 'W' : 'Z'}-${recorded + 1}`],
                  questionNumbers: [question.number],
                  notes: '',
                },
              },
            },
          ],
        });
        recorded += 1;
      }
      for (const checkpoint of state.checkpoints) {
        await handle.executeUpdate(submitEvaluationUpdate, {
          args: [
            {
              by: users.coordinator,
              input: {
                checkpointId: checkpoint.id,
                sharpenedQuestions: [],
                developmentGoals: [{ text: 'Vaste contactpersoon per school', owner: users.monitor }],
                notes: 'Besproken in het programmateam.',
              },
            },
          ],
        });
      }
      await handle.result();
      const wallSeconds = (performance.now() - wallStart) / 1000;
      // The workflow's own close time: once it has finished, the test server's clock may skip on further.
      const closedAt = (await handle.describe()).closeTime?.getTime() ?? (await env.currentTimeMs());
      const simulatedDays = (closedAt - simulatedStart) / (24 * hourMs);
      const history = await handle.fetchHistory();
      const held =
        database.driver === 'pglite'
          ? await database.client.query<{ held: number }>(
              `select count(*)::int as held from occurrences where process_id = $1 and status = 'held'`,
              [handle.workflowId],
            )
          : undefined;
      return {
        wallSeconds,
        simulatedDays,
        speedup: (simulatedDays * 24 * 3600) / wallSeconds,
        sessionsRecorded: recorded,
        heldInRecord: held?.rows[0]?.held ?? 0,
        historyEvents: history.events?.length ?? 0,
      };
    });
  } finally {
    await env.teardown();
    await database.close();
  }
}
