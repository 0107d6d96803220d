import type { TestWorkflowEnvironment } from '@temporalio/testing';
import type { WorkflowHandle } from '@temporalio/client';
import { tableConfigSchema, tableWorkflowId, type EscalationRequest } from '@leercyclus/domain';
import {
  configureTableSignal,
  escalateSignal,
  managementTableStartOptions,
  respondUpdate,
  tableStateQuery,
} from '@leercyclus/workflows';

export type Save = (name: string, handle: WorkflowHandle) => Promise<void>;

const request = (table: string, n: number): EscalationRequest => ({
  id: `cycle/opname/1/question-${n}@2026-01-01T00:00:00.000Z`,
  table,
  source: {
    kind: 'cycleQuestion',
    processId: 'cycle/opname/1',
    programmeId: 'opname',
    questionNumber: n,
    checkpointId: null,
    obstacleId: null,
  },
  text: `Systeemvraag ${n}`,
  why: 'Opname voor de replaytests.',
  raisedBy: 'chris.monitor',
  raisedAt: '2026-01-01T00:00:00.000Z',
  history: [],
});

async function until(check: () => Promise<boolean>): Promise<void> {
  while (!(await check())) await new Promise((resolve) => setTimeout(resolve, 100));
}

async function configure(env: TestWorkflowEnvironment, input: Parameters<typeof tableConfigSchema.parse>[0]) {
  const config = tableConfigSchema.parse(input);
  return env.client.workflow.signalWithStart('managementTable', {
    ...managementTableStartOptions(config),
    signal: configureTableSignal,
    signalArgs: [config],
  });
}

/**
 * A district table whose reminder timers fire before and after an item's due moment, and which raises the
 * unanswered item to the city's table; the city's table answers it.
 */
export async function recordRaisingTable(env: TestWorkflowEnvironment, save: Save): Promise<void> {
  await configure(env, { slug: 'mt-stad', name: 'Managementtafel Stad', members: ['dana.management'] });
  const wijk = await configure(env, {
    slug: 'mt-wijk',
    name: 'Managementtafel Wijk',
    members: ['dana.management'],
    serviceLevelDays: 14,
    reminderDaysBefore: [3],
    overdueEveryDays: 5,
    raiseAfterDaysOverdue: 10,
    parentTable: 'mt-stad',
  });
  await wijk.signal(escalateSignal, request('mt-wijk', 1));
  await env.sleep('26 days');
  const stad = env.client.workflow.getHandle(tableWorkflowId('mt-stad'));
  await until(async () => (await stad.query(tableStateQuery)).open.length === 1);
  await stad.executeUpdate(respondUpdate, {
    args: [
      {
        by: 'dana.management',
        input: { escalationId: request('mt-wijk', 1).id, outcome: 'referred', text: 'Naar de wethouder.' },
      },
    ],
  });
  await until(async () => (await stad.query(tableStateQuery)).recent.length === 1);
  await save('managementTable-raising', env.client.workflow.getHandle(tableWorkflowId('mt-wijk')));
  await save('managementTable-raised-to', stad);
}

/**
 * A busy table that continues as new after 1,500 messages: the run that ends in continue-as-new, and the run
 * that starts from what it carried and answers an item it took over.
 */
export async function recordContinuedTable(env: TestWorkflowEnvironment, save: Save): Promise<void> {
  const table = await configure(env, {
    slug: 'mt-druk',
    name: 'Drukke managementtafel',
    members: ['dana.management'],
    serviceLevelDays: 60,
  });
  const firstRunId = (await table.describe()).runId;
  for (let n = 1; n <= 1_510; n += 30) {
    const batch = Array.from({ length: Math.min(30, 1_511 - n) }, (_, i) => n + i);
    await Promise.all(batch.map((i) => table.signal(escalateSignal, request('mt-druk', i))));
  }
  const current = env.client.workflow.getHandle(table.workflowId);
  await until(async () => (await current.describe()).runId !== firstRunId);
  await until(async () => (await current.query(tableStateQuery)).open.length === 1_510);
  await current.executeUpdate(respondUpdate, {
    args: [
      {
        by: 'dana.management',
        input: { escalationId: request('mt-druk', 7).id, outcome: 'accepted', text: 'Opgepakt.' },
      },
    ],
    updateId: 'opname-antwoord-7',
  });
  await save('managementTable-continuing', env.client.workflow.getHandle(table.workflowId, firstRunId));
  await save('managementTable-continued', current);
}
