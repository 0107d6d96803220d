import { beforeAll, describe, expect, it } from 'vitest';
import {
  addDays,
  escalationDueAt,
  tableConfigSchema,
  tableWorkflowId,
  type EscalationRequest,
  type TableConfigInput,
} from '@leercyclus/domain';
import {
  addQuestionUpdate,
  configureTableSignal,
  cycleStateQuery,
  escalateQuestionUpdate,
  escalateSignal,
  learningCycleStartOptions,
  managementTableStartOptions,
  respondUpdate,
  tableStateQuery,
} from '@leercyclus/workflows';
import { launchFrom, launchInput } from '../support/launches.js';
import { useSystem } from '../support/system.js';

const dayMs = 86_400_000;
const jeugd: TableConfigInput = {
  slug: 'mt-jeugd',
  name: 'Managementtafel Jeugd',
  members: ['dana.management'],
  meeting: { nth: 1, weekday: 'wednesday', startTime: '15:00' },
  reminderDaysBefore: [3],
  overdueEveryDays: 7,
  raiseAfterDaysOverdue: 14,
  parentTable: 'bestuur',
};
const bestuur: TableConfigInput = {
  slug: 'bestuur',
  name: 'Bestuurlijk overleg',
  members: ['dana.management'],
  serviceLevelDays: 21,
};

describe('management tables and the escalation loop, on the time-skipping server', () => {
  const system = useSystem('timeSkipping');

  beforeAll(async () => {
    for (const config of [jeugd, bestuur]) {
      await system.env.client.workflow.signalWithStart('managementTable', {
        ...managementTableStartOptions(config),
        signal: configureTableSignal,
        signalArgs: [tableConfigSchema.parse(config)],
      });
    }
  });

  const table = (slug: string) => system.env.client.workflow.getHandle(tableWorkflowId(slug));

  it('takes a question up from a cycle, chases it, raises it to the parent table, and brings the answer back', async () => {
    const input = launchInput(new Date(await system.env.currentTimeMs()), {
      programmeId: 'escalaties',
      number: 1,
      managementTable: 'mt-jeugd',
    });
    const cycle = await system.env.client.workflow.start(
      'learningCycle',
      learningCycleStartOptions(launchFrom(input), input.requestId),
    );
    await cycle.executeUpdate(addQuestionUpdate, {
      args: [
        {
          by: 'chris.monitor',
          input: {
            text: 'Wie is verantwoordelijk voor zorg op school?',
            district: null,
            raisedIn: 'programmeTeam',
            occurrenceId: null,
            level: 'system',
            category: 'education',
            responsible: null,
          },
        },
      ],
    });
    const escalated = await cycle.executeUpdate(escalateQuestionUpdate, {
      args: [
        { by: 'chris.monitor', input: { questionNumber: 1, why: 'Scholen en SWT wijzen naar elkaar.' } },
      ],
    });
    expect(escalated.status).toBe('escalated');

    await expect.poll(async () => (await table('mt-jeugd').query(tableStateQuery)).open.length).toBe(1);
    const [item] = (await table('mt-jeugd').query(tableStateQuery)).open;
    expect(item).toMatchObject({
      id: escalated.escalation!.id,
      text: 'Wie is verantwoordelijk voor zorg op school?',
      why: 'Scholen en SWT wijzen naar elkaar.',
      raisedBy: 'chris.monitor',
      source: { kind: 'cycleQuestion', processId: cycle.workflowId, questionNumber: 1 },
    });
    const config = tableConfigSchema.parse(jeugd);
    expect(item!.dueAt).toBe(escalationDueAt(new Date(item!.receivedAt), config).toISOString());

    // Unanswered: reminded three days before, then weekly while overdue, and raised after fourteen days overdue.
    await system.env.sleep(Date.parse(item!.dueAt) + 15 * dayMs - (await system.env.currentTimeMs()));
    const jeugdState = await table('mt-jeugd').query(tableStateQuery);
    expect(jeugdState.open).toEqual([]);
    const raised = jeugdState.recent.find((i) => i.id === item!.id)!;
    expect(raised.status).toBe('raised');
    expect(raised.remindersSent.map((r) => r.kind)).toEqual(['before', 'overdue', 'overdue']);

    await expect.poll(async () => (await table('bestuur').query(tableStateQuery)).open.length).toBe(1);
    const atBoard = (await table('bestuur').query(tableStateQuery)).open[0]!;
    expect(atBoard.history).toEqual([
      expect.objectContaining({
        table: 'mt-jeugd',
        receivedAt: item!.receivedAt,
        dueAt: item!.dueAt,
        remindersSent: 3,
      }),
    ]);

    // The board answers: the decision lands on the cycle's question.
    const answered = await table('bestuur').executeUpdate(respondUpdate, {
      args: [
        {
          by: 'dana.management',
          input: {
            escalationId: item!.id,
            outcome: 'accepted',
            text: 'De gemeente maakt afspraken met de schoolbesturen.',
          },
        },
      ],
    });
    expect(answered.status).toBe('answered');
    await expect.poll(async () => (await cycle.query(cycleStateQuery)).questions[0]!.status).toBe('answered');
    const question = (await cycle.query(cycleStateQuery)).questions[0]!;
    expect(question.escalation!.decision).toMatchObject({
      outcome: 'accepted',
      table: 'bestuur',
      decidedBy: 'dana.management',
      text: 'De gemeente maakt afspraken met de schoolbesturen.',
    });
  });

  it("escalates a checkpoint that stays overdue past the cycle's limit, once", async () => {
    const input = launchInput(new Date(await system.env.currentTimeMs()), {
      programmeId: 'late-evaluatie',
      number: 1,
      managementTable: 'bestuur',
      escalateOverdueAfterDays: 5,
    });
    const dueOn = addDays(input.startsOn, 10);
    const cycle = await system.env.client.workflow.start(
      'learningCycle',
      learningCycleStartOptions(
        launchFrom({
          ...input,
          checkpoints: [{ title: 'Tussenevaluatie', owner: 'bram.coordinator', dueOn }],
        }),
        input.requestId,
      ),
    );
    const checkpoint = (await cycle.query(cycleStateQuery)).checkpoints[0]!;
    await system.env.sleep(Date.parse(checkpoint.dueAt) + 12 * dayMs - (await system.env.currentTimeMs()));
    await expect
      .poll(async () =>
        (await table('bestuur').query(tableStateQuery)).open.filter(
          (i) => i.source.processId === cycle.workflowId,
        ),
      )
      .toEqual([
        expect.objectContaining({
          id: expect.stringMatching(
            new RegExp(`^${cycle.workflowId}@[0-9a-f-]+/${checkpoint.id}$`),
          ) as unknown,
          source: expect.objectContaining({
            kind: 'cycleCheckpoint',
            checkpointId: checkpoint.id,
          }) as unknown,
          raisedBy: 'system',
          // A code with its parameters, so the panel words it in Dutch and names the owner by name.
          wording: {
            code: 'checkpointOverdue',
            checkpointTitle: 'Tussenevaluatie',
            cycleNumber: 1,
            daysOverdue: 5,
            owner: 'bram.coordinator',
            remindersSent: expect.any(Number) as unknown,
          },
        }),
      ]);
    const state = await cycle.query(cycleStateQuery);
    expect(state.checkpoints[0]!.escalatedAt).toBeTruthy();
    expect(state.checkpoints[0]!.escalation).toMatchObject({ table: 'bestuur', decision: null });
    const escalatedAfter = Date.parse(state.checkpoints[0]!.escalatedAt!) - Date.parse(checkpoint.dueAt);
    expect(Math.abs(escalatedAfter - 5 * dayMs)).toBeLessThan(60_000);

    // The table's decision comes back onto the checkpoint, where the coordinator sees it.
    await table('bestuur').executeUpdate(respondUpdate, {
      args: [
        {
          by: 'dana.management',
          input: {
            escalationId: state.checkpoints[0]!.escalation!.id,
            outcome: 'accepted',
            text: 'De coördinator krijgt twee weken extra.',
          },
        },
      ],
    });
    await expect
      .poll(async () => (await cycle.query(cycleStateQuery)).checkpoints[0]!.escalation?.decision)
      .toMatchObject({ outcome: 'accepted', decidedBy: 'dana.management', table: 'bestuur' });
  });

  it('refuses an answer from a non-member or for an unknown item, with nothing written', async () => {
    const refusal = (by: string, escalationId: string) =>
      table('bestuur')
        .executeUpdate(respondUpdate, {
          args: [{ by, input: { escalationId, outcome: 'declined', text: 'Nee' } }],
        })
        .then(
          () => 'accepted',
          (error: Error & { cause?: Error }) => error.cause?.message ?? error.message,
        );
    expect(await refusal('dana.management', 'bestaat-niet')).toMatch(/escalationId: no open escalation/);

    // An item that is open: a member of another table may not answer it, and it stays open, unanswered.
    const id = 'cycle/leden/1/question-1@2026-01-01T00:00:00.000Z';
    await table('bestuur').signal(escalateSignal, {
      id,
      table: 'bestuur',
      source: {
        kind: 'cycleQuestion',
        processId: 'cycle/leden/1',
        programmeId: 'leden',
        questionNumber: 1,
        checkpointId: null,
        obstacleId: null,
      },
      text: 'Wie betaalt de flexibele schil?',
      why: 'Test',
      raisedBy: 'chris.monitor',
      raisedAt: '2026-01-01T00:00:00.000Z',
      history: [],
    });
    await expect
      .poll(async () => (await table('bestuur').query(tableStateQuery)).open.map((i) => i.id))
      .toContain(id);
    expect(await refusal('erik.buitenstaander', id)).toMatch(
      /decidedBy: erik.buitenstaander is not a member of Bestuurlijk overleg/,
    );
    const after = await table('bestuur').query(tableStateQuery);
    expect(after.open.find((i) => i.id === id)).toMatchObject({ status: 'open', decision: null });
    expect(after.recent.some((i) => i.id === id)).toBe(false);
  });

  it('keeps one item for an escalation sent twice, and all open items across continue-as-new at 2,000 items', async () => {
    const slug = 'drukke-tafel';
    const request = (n: number): EscalationRequest => ({
      id: `cycle/druk/1/question-${n}`,
      table: slug,
      source: {
        kind: 'cycleQuestion',
        processId: 'cycle/druk/1',
        programmeId: 'druk',
        questionNumber: n,
        checkpointId: null,
        obstacleId: null,
      },
      text: `Vraag ${n}`,
      why: 'Test',
      raisedBy: 'chris.monitor',
      raisedAt: new Date(0).toISOString(),
      history: [],
    });
    const start = managementTableStartOptions({ slug, name: 'Drukke tafel', serviceLevelDays: 60 });
    const handle = await system.env.client.workflow.signalWithStart('managementTable', {
      ...start,
      signal: escalateSignal,
      signalArgs: [request(1)],
    });
    const numbers = Array.from({ length: 2_000 }, (_, i) => i + 1);
    for (let i = 0; i < numbers.length; i += 25) {
      await Promise.all(numbers.slice(i, i + 25).map((n) => handle.signal(escalateSignal, request(n))));
    }
    // The same ids again: nothing new.
    await Promise.all(numbers.slice(0, 50).map((n) => handle.signal(escalateSignal, request(n))));

    // The table continues as new once it has handled 1,500 messages; the new run holds every open item.
    const current = system.env.client.workflow.getHandle(handle.workflowId);
    await expect
      .poll(async () => (await current.describe()).runId, { timeout: 60_000 })
      .not.toBe(handle.signaledRunId);
    const firstRun = await system.env.client.workflow
      .getHandle(handle.workflowId, handle.signaledRunId)
      .describe();
    expect(firstRun.status.name).toBe('CONTINUED_AS_NEW');
    expect(firstRun.historyLength).toBeLessThan(10_240);
    await expect
      .poll(async () => (await current.query(tableStateQuery)).open.length, { timeout: 60_000 })
      .toBe(2_000);
    const state = await current.query(tableStateQuery);
    expect(new Set(state.open.map((i) => i.id)).size).toBe(2_000);
  });
});
