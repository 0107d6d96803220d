import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { decodedPayloadValue } from '@leercyclus/codec';
import { tables } from '@leercyclus/db';
import {
  tableWorkflowId,
  type AddQuestionInput,
  type Command,
  type CycleRecordEvent,
} from '@leercyclus/domain';
import {
  addQuestionUpdate,
  closeCycleUpdate,
  cycleStateQuery,
  escalateQuestionUpdate,
  escalateSignal,
  learningCycleStartOptions,
  managementTableStartOptions,
  respondUpdate,
  searchAttributes,
  tableStateQuery,
  updateQuestionUpdate,
  type learningCycle,
} from '@leercyclus/workflows';
import { isWorkflowTaskEvent, settledHistoryLength } from '../support/history.js';
import { launchFrom, launchInput } from '../support/launches.js';
import { recordedAgenda } from '../support/record.js';
import { useSystem } from '../support/system.js';
import { testDataConverter } from '../support/temporal.js';

const monitor = 'chris.monitor';

const question = (text: string, extra: Partial<AddQuestionInput> = {}): Command<AddQuestionInput> => ({
  by: monitor,
  input: {
    text,
    district: null,
    raisedIn: 'learningSession',
    occurrenceId: null,
    level: 'team',
    category: 'safety',
    responsible: null,
    ...extra,
  },
});

describe('processes off the happy path, on the time-skipping server', () => {
  const system = useSystem('timeSkipping');

  async function launch(programmeId: string, title = `Cyclus van ${programmeId}`) {
    const input = launchInput(new Date(await system.env.currentTimeMs()), { programmeId, number: 1, title });
    const options = learningCycleStartOptions(launchFrom(input), input.requestId);
    // A relaunch after the namespace forgot the closed cycle: the same workflow id, a new execution chain.
    return system.env.client.workflow.start<typeof learningCycle>('learningCycle', {
      ...options,
      workflowIdReusePolicy: 'ALLOW_DUPLICATE',
    });
  }

  it('records a relaunched cycle with the same workflow id: its events are not taken for the first one', async () => {
    const first = await launch('herstart', 'Eerste lancering');
    await first.executeUpdate(addQuestionUpdate, { args: [question('Eerste vraag')] });
    await first.executeUpdate(closeCycleUpdate, {
      args: [{ by: 'anna.projectleider', input: { reason: 'Fout' } }],
    });
    await first.result();

    const second = await launch('herstart', 'Tweede lancering');
    expect(second.workflowId).toBe(first.workflowId);
    await second.executeUpdate(addQuestionUpdate, { args: [question('Andere vraag')] });
    await second.executeUpdate(addQuestionUpdate, { args: [question('Nog een vraag')] });
    const titleInRecord = async () =>
      (
        await system.record.db
          .select({ title: tables.processes.title, status: tables.processes.status })
          .from(tables.processes)
          .where(eq(tables.processes.workflowId, second.workflowId))
      )[0];
    await expect
      .poll(titleInRecord, { timeout: 20_000 })
      .toEqual({ title: 'Tweede lancering', status: 'running' });
    await expect
      .poll(() => recordedAgenda(system.record.db, second.workflowId), { timeout: 20_000 })
      .toMatchObject({ questions: 2 });
  });

  it('hands the record each change as it was when it happened, even when later changes follow at once', async () => {
    const cycle = await launch('kopieen');
    await cycle.executeUpdate(addQuestionUpdate, { args: [question('Versie 1')] });
    await Promise.all(
      ['Versie 2', 'Versie 3', 'Versie 4'].map((text, i) =>
        cycle.executeUpdate(updateQuestionUpdate, {
          args: [{ by: monitor, input: { questionNumber: 1, text } }],
          updateId: `kopie-${i}`,
        }),
      ),
    );
    await settledHistoryLength(cycle);
    const batches = ((await cycle.fetchHistory()).events ?? []).flatMap((event) => {
      const scheduled = event.activityTaskScheduledEventAttributes;
      if (scheduled?.activityType?.name !== 'recordCycleEvents') return [];
      return [decodedPayloadValue<CycleRecordEvent[]>(testDataConverter, scheduled.input!.payloads![0]!)];
    });
    const sent = (await Promise.all(batches)).flat();
    const wordings = sent.flatMap((e) => (e.type === 'questionUpdated' ? [e.question.text] : []));
    const final = (await cycle.query(cycleStateQuery)).questions[0]!.text;
    // Each event holds its own wording; the order of the three concurrent changes is the workflow's.
    expect(wordings).toHaveLength(4);
    expect(wordings[0]).toBe('Versie 1');
    expect(new Set(wordings).size).toBe(4);
    expect(wordings.at(-1)).toBe(final);
  });

  it('refuses a command not in the form the schema gives it, naming the field, with nothing in history', async () => {
    const cycle = await launch('canoniek');
    const before = await settledHistoryLength(cycle);
    const withoutDistrict: Partial<AddQuestionInput> = { ...question('Zonder wijk').input };
    delete withoutDistrict.district;
    const refusal = await cycle
      .executeUpdate(addQuestionUpdate, { args: [{ by: monitor, input: withoutDistrict as never }] })
      .then(
        () => 'accepted',
        (error: Error & { cause?: Error }) => error.cause?.message ?? error.message,
      );
    expect(refusal).toMatch(/^input\.district: send the field as the schema gives it \(null\)/);
    const added = ((await cycle.fetchHistory()).events ?? []).slice(before);
    expect(added.filter((event) => !isWorkflowTaskEvent(event))).toEqual([]);
    expect((await cycle.query(cycleStateQuery)).questions).toEqual([]);
  });

  it('starts a table whose code is two letters, though its default name would be too short', async () => {
    await system.env.client.workflow.signalWithStart('managementTable', {
      ...managementTableStartOptions({ slug: 'mt', name: 'mt' }),
      signal: escalateSignal,
      signalArgs: [
        {
          id: 'cycle/kort/1/question-1@2026-01-01T00:00:00.000Z',
          table: 'mt',
          source: {
            kind: 'cycleQuestion',
            processId: 'cycle/kort/1',
            programmeId: 'kort',
            questionNumber: 1,
            checkpointId: null,
            obstacleId: null,
          },
          text: 'Een korte tafel',
          why: 'Test',
          raisedBy: monitor,
          raisedAt: '2026-01-01T00:00:00.000Z',
          history: [],
        },
      ],
    });
    const table = system.env.client.workflow.getHandle(tableWorkflowId('mt'));
    await expect
      .poll(async () => (await table.query(tableStateQuery)).open.length, { timeout: 20_000 })
      .toBe(1);
    expect((await table.query(tableStateQuery)).config).toMatchObject({
      slug: 'mt',
      name: 'Managementtafel mt',
    });
  });

  it('shows a change the record refused as invalid data, and carries on to close', async () => {
    const cycle = await launch('onleesbaar');
    // A NUL character cannot be stored in Postgres text: the record refuses this event for good.
    await cycle.executeUpdate(addQuestionUpdate, {
      args: [question('Vraag met een verkeerde verantwoordelijke', { responsible: 'bram\u0000' })],
    });
    await expect
      .poll(async () => (await cycle.query(cycleStateQuery)).recordFailures ?? [], { timeout: 30_000 })
      .toEqual([expect.objectContaining({ reason: expect.stringMatching(/event .*#\d+/) as unknown })]);
    // Findable too: `RecordFailures > 0` lists the processes someone should look at.
    await expect
      .poll(async () => (await cycle.describe()).typedSearchAttributes.get(searchAttributes.recordFailures))
      .toBe(1);
    await cycle.executeUpdate(addQuestionUpdate, { args: [question('Een gewone vraag')] });
    await cycle.executeUpdate(closeCycleUpdate, {
      args: [{ by: 'anna.projectleider', input: { reason: 'Klaar' } }],
    });
    const summary = await cycle.result();
    expect(summary.carriedOverQuestions.map((q) => q.text)).toContain('Een gewone vraag');
    await expect
      .poll(() => recordedAgenda(system.record.db, cycle.workflowId), { timeout: 20_000 })
      .toMatchObject({ questions: 1 });
  });

  it('brings an answer that reached the record between closing and the next launch onto the carried question', async () => {
    const now = new Date(await system.env.currentTimeMs());
    const first = await system.env.client.workflow.start<typeof learningCycle>(
      'learningCycle',
      (() => {
        const input = launchInput(now, {
          programmeId: 'tussendoor',
          number: 1,
          managementTable: 'tussentafel',
        });
        return learningCycleStartOptions(launchFrom(input), input.requestId);
      })(),
    );
    await first.executeUpdate(addQuestionUpdate, { args: [question('Wie betaalt de extra uren?')] });
    const escalated = await first.executeUpdate(escalateQuestionUpdate, {
      args: [{ by: monitor, input: { questionNumber: 1, why: 'Geen budget in de wijk.' } }],
    });
    await first.executeUpdate(closeCycleUpdate, {
      args: [{ by: 'anna.projectleider', input: { reason: 'Einde' } }],
    });
    await first.result();
    const table = system.env.client.workflow.getHandle(tableWorkflowId('tussentafel'));
    await expect
      .poll(async () => (await table.query(tableStateQuery)).open.length, { timeout: 20_000 })
      .toBe(1);

    // The table answers while no cycle of the programme runs: the answer can only go to the record.
    await table.executeUpdate(respondUpdate, {
      args: [
        {
          by: 'dana.management',
          input: {
            escalationId: escalated.escalation!.id,
            outcome: 'accepted',
            text: 'De gemeente betaalt.',
          },
        },
      ],
    });
    await expect
      .poll(async () => (await system.record.db.select().from(tables.decisions)).length, { timeout: 20_000 })
      .toBe(1);

    // The next cycle was prepared from what the record held before the answer: its question still waits.
    const waiting = (await first.query(cycleStateQuery)).questions.filter((q) => q.status === 'escalated');
    expect(waiting).toHaveLength(1);
    const carried = waiting.map((q) => ({
      ...q,
      carriedFrom: { cycleId: first.workflowId, number: q.number },
    }));
    const input = launchInput(new Date(await system.env.currentTimeMs()), {
      programmeId: 'tussendoor',
      number: 2,
    });
    const next = await system.env.client.workflow.start<typeof learningCycle>(
      'learningCycle',
      learningCycleStartOptions({ ...launchFrom(input), carriedOverQuestions: carried }, input.requestId),
    );
    await expect
      .poll(async () => (await next.query(cycleStateQuery)).questions[0]?.escalation?.decision, {
        timeout: 20_000,
      })
      .toMatchObject({ outcome: 'accepted', text: 'De gemeente betaalt.' });
    expect((await next.query(cycleStateQuery)).questions[0]!.status).toBe('answered');
  });
});
