import { TestWorkflowEnvironment } from '@temporalio/testing';
import {
  addDays,
  addQuestionInputSchema,
  cycleLaunchInputSchema,
  dateInZone,
  normalizeCycleLaunch,
} from '@leercyclus/domain';
import { migrate, openDatabase } from '@leercyclus/db';
import { findTemporalBinary } from '@leercyclus/toolchain';
import { createLeercyclusWorker, workerActivities } from '@leercyclus/worker';
import {
  addQuestionUpdate,
  allSearchAttributeKeys,
  closeCycleUpdate,
  extendCycleUpdate,
  learningCycleStartOptions,
  moveOccurrenceUpdate,
  updateQuestionUpdate,
  cycleStateQuery,
} from '@leercyclus/workflows';
import { historyDataConverter } from './keys.js';
import type { Save } from './tables.js';

/**
 * A cycle driven on a real dev server, as the API drives it: the real server handles updates with speculative
 * workflow tasks and real timers, which the time-skipping server does not.
 */
export async function recordDevServerCycle(save: Save): Promise<void> {
  const converter = historyDataConverter();
  const env = await TestWorkflowEnvironment.createLocal({
    server: {
      executable: { type: 'existing-path', path: findTemporalBinary('cli').path },
      searchAttributes: [...allSearchAttributeKeys],
    },
    client: { dataConverter: converter },
  });
  const database = await openDatabase({ dataDir: 'memory://' });
  await migrate(database);
  const worker = await createLeercyclusWorker({
    connection: env.nativeConnection,
    namespace: env.namespace ?? 'default',
    dataConverter: converter,
    activities: workerActivities(env.client, database.db),
  });
  try {
    await worker.runUntil(async () => {
      const startsOn = addDays(dateInZone(new Date(), 'Europe/Amsterdam'), -8);
      const launch = normalizeCycleLaunch(
        cycleLaunchInputSchema.parse({
          requestId: 'recorded-dev-server',
          programmeId: 'echte-server',
          number: 1,
          title: 'Op de dev server',
          startsOn,
          districts: [{ name: 'Zuid', weekday: 'tuesday', startTime: '13:00', durationMinutes: 120 }],
        }),
        { launchedBy: 'anna.projectleider' },
      );
      const cycle = await env.client.workflow.start(
        'learningCycle',
        learningCycleStartOptions(launch, 'recorded-dev-server'),
      );
      const by = 'chris.monitor';
      const question = addQuestionInputSchema.parse({
        text: 'Wanneer schakelen we de huisarts in?',
        raisedIn: 'learningSession',
        level: 'practice',
        category: 'collaborationWithPartners',
      });
      await cycle.executeUpdate(addQuestionUpdate, { args: [{ by, input: question }], updateId: 'dev-1' });
      await cycle.executeUpdate(updateQuestionUpdate, {
        args: [{ by, input: { questionNumber: 1, status: 'exploring' } }],
      });
      const planned = (await cycle.query(cycleStateQuery)).occurrences.find((o) => o.status === 'planned')!;
      await cycle.executeUpdate(moveOccurrenceUpdate, {
        args: [{ by, input: { occurrenceId: planned.id, action: 'cancel', reason: 'Studiedag' } }],
      });
      const { endsOn } = await cycle.query(cycleStateQuery);
      await cycle.executeUpdate(extendCycleUpdate, {
        args: [{ by: 'anna.projectleider', input: { endsOn: addDays(endsOn, 14) } }],
      });
      await cycle.executeUpdate(closeCycleUpdate, {
        args: [{ by: 'anna.projectleider', input: { reason: 'Afgerond' } }],
      });
      await cycle.result();
      await save('learningCycle-devServer', cycle);
    });
  } finally {
    await env.teardown();
    await database.close();
  }
}
