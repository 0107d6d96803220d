import type { WorkflowHandle } from '@temporalio/client';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { addDays, type AdvanceGroupInput, type GroupLaunch } from '@leercyclus/domain';
import { listGroups, tables } from '@leercyclus/db';
import {
  actionLearningGroupStartOptions,
  addQuestionUpdate,
  advanceGroupUpdate,
  closeCycleUpdate,
  completeGroupUpdate,
  cycleStateQuery,
  groupStateQuery,
  joinGroupUpdate,
  learningCycleStartOptions,
  leaveGroupUpdate,
  raiseObstacleUpdate,
  escalateObstacleUpdate,
  respondUpdate,
  tableStateQuery,
  remindCheckpointUpdate,
  searchAttributes,
  submitGroupEvaluationUpdate,
  type actionLearningGroup,
  type learningCycle,
} from '@leercyclus/workflows';
import { tableWorkflowId } from '@leercyclus/domain';
import { groupLaunchFrom, groupLaunchInput } from '../support/groups.js';
import { settledHistoryLength } from '../support/history.js';
import { launchFrom, launchInput } from '../support/launches.js';
import { useSystem } from '../support/system.js';

const facilitator = 'chris.monitor';
const dayMs = 86_400_000;

describe('action-learning groups on the time-skipping test server', () => {
  const system = useSystem('timeSkipping');

  type GroupHandle = WorkflowHandle<typeof actionLearningGroup>;

  function startGroup(launch: GroupLaunch, requestId: string): Promise<GroupHandle> {
    return system.env.client.workflow.start(
      'actionLearningGroup',
      actionLearningGroupStartOptions(launch, requestId),
    );
  }

  /** A cycle of the programme with one question on its agenda, for a group to take up. */
  async function cycleWithQuestion(programmeId: string): Promise<WorkflowHandle<typeof learningCycle>> {
    const input = launchInput(new Date(await system.env.currentTimeMs()), { programmeId, number: 1 });
    const cycle = await system.env.client.workflow.start(
      'learningCycle',
      learningCycleStartOptions(launchFrom(input), input.requestId),
    );
    await cycle.executeUpdate(addQuestionUpdate, {
      args: [
        {
          by: facilitator,
          input: {
            text: 'Hoe delen school en SWT zorgen over een kind eerder?',
            district: 'West',
            raisedIn: 'learningSession',
            occurrenceId: null,
            level: 'organisation',
            category: 'education',
            responsible: facilitator,
          },
        },
      ],
    });
    return cycle;
  }

  const advance = (handle: GroupHandle, input: AdvanceGroupInput, by = facilitator) =>
    handle.executeUpdate(advanceGroupUpdate, { args: [{ by, input }] });

  /** Goes through one whole iteration, at a meeting that has started. */
  async function iteration(
    handle: GroupHandle,
    n: number,
    meetingId: string,
    actedBy: string[],
    beforeEvaluating: () => Promise<unknown> = () => Promise.resolve(),
  ) {
    await advance(handle, {
      step: 'formulate',
      conclusion: `Iteratie ${n}: de vraag opnieuw bekeken.`,
      meetingId,
      ...(n === 2
        ? { question: 'Wat heeft school nodig om zorgen over een kind vroeg met het SWT te delen?' }
        : {}),
    });
    await advance(handle, { step: 'analyse', conclusion: 'Genogram en vijf hypothesen doorgenomen.' });
    await advance(handle, { step: 'reflect', conclusion: 'We wachten te lang op een diagnose.' });
    await advance(handle, {
      step: 'setGoal',
      conclusion: 'Afgesproken.',
      goal: `Doel ${n}: school schuift aan.`,
    });
    await advance(handle, {
      step: 'act',
      conclusion: 'Uitgevoerd in de praktijk.',
      action: `Actie ${n}: gezamenlijk gesprek met de intern begeleider.`,
      takenBy: actedBy,
    });
    await beforeEvaluating();
    return advance(handle, {
      step: 'evaluate',
      conclusion: 'Geëvalueerd.',
      changed: `Na actie ${n} belt school eerder.`,
    });
  }

  async function sleepUntil(instant: number): Promise<void> {
    const wait = instant - (await system.env.currentTimeMs());
    if (wait > 0) await system.env.sleep(wait);
  }

  it('runs three iterations with members joining and leaving, chases an overdue evaluation, and returns its lesson to the cycle', async () => {
    const wallStart = Date.now();
    const cycle = await cycleWithQuestion('alg-bron');
    const input = groupLaunchInput(new Date(await system.env.currentTimeMs()), {
      slug: 'drie-iteraties',
      fromCycleQuestion: { cycleId: cycle.workflowId, questionNumber: 1 },
    });
    const evaluationDue = addDays(input.startsOn, 34);
    const handle = await startGroup(
      groupLaunchFrom({
        ...input,
        checkpoints: [{ title: 'Tussenevaluatie', owner: 'bram.coordinator', dueOn: evaluationDue }],
      }),
      input.requestId,
    );
    let state = await handle.query(groupStateQuery);
    expect(state).toMatchObject({
      groupId: 'group/drie-iteraties',
      programmeId: 'alg-bron',
      currentIteration: 1,
      nextStep: 'formulate',
      status: 'running',
    });
    expect(state.members.map((m) => m.id)).toEqual(['member-1', 'member-2', 'member-3']);
    // Fortnightly on Thursday at 15:00 Amsterdam time, across the DST change where there is one.
    expect(state.meetings.length).toBeGreaterThanOrEqual(8);
    expect(state.meetings.every((m) => new Date(m.startsAt).getUTCDay() === 4)).toBe(true);
    expect(Date.parse(state.meetings[1]!.startsAt) - Date.parse(state.meetings[0]!.startsAt)).toBeGreaterThan(
      13 * dayMs,
    );
    expect(state.nextEventAt).toBe(state.meetings[0]!.startsAt);

    // Iteration 1 at the first meeting.
    const meetings = state.meetings;
    await sleepUntil(Date.parse(meetings[0]!.startsAt) + 3_600_000);
    await iteration(handle, 1, meetings[0]!.id, ['member-2']);

    // Iteration 2: someone with lived experience joins, a practitioner leaves after acting.
    await sleepUntil(Date.parse(meetings[1]!.startsAt) + 3_600_000);
    const joined = await handle.executeUpdate(joinGroupUpdate, {
      args: [
        {
          by: facilitator,
          input: {
            displayName: 'Ervaringsdeskundige E1',
            organisation: 'Cliëntenraad',
            role: 'expertByExperience',
          },
        },
      ],
    });
    expect(joined).toMatchObject({ id: 'member-4', active: true, iterations: [2] });
    const obstacle = await handle.executeUpdate(raiseObstacleUpdate, {
      args: [
        {
          by: facilitator,
          input: { text: 'Scholen hebben geen vast aanspreekpunt voor het SWT.', level: 'organisation' },
        },
      ],
    });
    expect(obstacle).toMatchObject({ id: 'obstacle-1', status: 'open', iteration: 2, level: 'organisation' });
    let left: Awaited<ReturnType<typeof leaveMember>> | undefined;
    const leaveMember = () =>
      handle.executeUpdate(leaveGroupUpdate, {
        args: [{ by: facilitator, input: { memberId: 'member-2', reason: 'Andere functie' } }],
      });
    await iteration(handle, 2, meetings[1]!.id, ['member-2', 'member-4'], async () => {
      left = await leaveMember();
    });
    expect(left!.active).toBe(false);
    expect(left!.memberships).toEqual([
      expect.objectContaining({ joinedOn: input.startsOn, leftReason: 'Andere functie' }),
    ]);

    // The evaluation is left unsubmitted: overdue at its due moment, reminded every three days.
    state = await handle.query(groupStateQuery);
    const checkpoint = state.checkpoints[0]!;
    const dueAt = Date.parse(checkpoint.dueAt);
    await sleepUntil(dueAt + 6.5 * dayMs);
    state = await handle.query(groupStateQuery);
    expect(state.checkpoints[0]!.status).toBe('overdue');
    expect(state.overdueCheckpoints).toBe(1);
    expect(state.checkpoints[0]!.remindersSent.map((r) => r.kind)).toEqual([
      'before',
      'onDay',
      'overdue',
      'overdue',
    ]);
    expect(state.checkpoints[0]!.remindersSent.every((r) => r.recipient === 'bram.coordinator')).toBe(true);
    const attributes = (await handle.describe()).typedSearchAttributes;
    expect(attributes.get(searchAttributes.overdueCheckpoints)).toBe(1);
    expect(attributes.get(searchAttributes.processKind)).toBe('actionLearningGroup');
    expect(attributes.get(searchAttributes.nextEventAt)?.toISOString()).toBe(state.nextEventAt);
    await expect.poll(() => system.record.outbox(state.groupId)).toHaveLength(4);

    // A coordinator reminds once more by hand, then the evaluation is submitted and sharpens the question.
    const manual = await handle.executeUpdate(remindCheckpointUpdate, {
      args: [{ by: 'bram.coordinator', input: { checkpointId: checkpoint.id } }],
    });
    expect(manual).toMatchObject({ kind: 'manual', sentBy: 'bram.coordinator' });
    const submitted = await handle.executeUpdate(submitGroupEvaluationUpdate, {
      args: [
        {
          by: 'bram.coordinator',
          input: {
            checkpointId: checkpoint.id,
            reformulatedQuestion: 'Welke afspraak met school maakt vroeg delen van zorgen gewoon?',
            developmentGoals: [{ text: 'Vast aanspreekpunt per school', owner: facilitator }],
            notes: '',
          },
        },
      ],
    });
    expect(submitted.status).toBe('submitted');
    await expect
      .poll(async () =>
        (await handle.describe()).typedSearchAttributes.get(searchAttributes.overdueCheckpoints),
      )
      .toBe(0);

    // Iteration 3 at the next meeting that is still to come.
    state = await handle.query(groupStateQuery);
    const third = state.meetings.find((m) => m.status === 'planned')!;
    await sleepUntil(Date.parse(third.startsAt) + 3_600_000);
    await iteration(handle, 3, third.id, ['member-1', 'member-4']);

    state = await handle.query(groupStateQuery);
    expect(state.currentIteration).toBe(4);
    expect(state.nextStep).toBe('formulate');
    expect(
      state.iterations.map((i) => [i.number, i.steps.map((s) => s.step).join(','), i.participants]),
    ).toEqual([
      [1, 'formulate,analyse,reflect,setGoal,act,evaluate', ['member-1', 'member-2', 'member-3']],
      [2, 'formulate,analyse,reflect,setGoal,act,evaluate', ['member-1', 'member-2', 'member-3', 'member-4']],
      [3, 'formulate,analyse,reflect,setGoal,act,evaluate', ['member-1', 'member-3', 'member-4']],
      [4, '', ['member-1', 'member-3', 'member-4']],
    ]);
    expect(state.members.map((m) => [m.id, m.iterations])).toEqual([
      ['member-1', [1, 2, 3, 4]],
      ['member-2', [1, 2]],
      ['member-3', [1, 2, 3, 4]],
      ['member-4', [2, 3, 4]],
    ]);
    const act = state.iterations[1]!.steps.find((s) => s.step === 'act')!;
    expect(act.action).toEqual({
      description: 'Actie 2: gezamenlijk gesprek met de intern begeleider.',
      takenBy: ['member-2', 'member-4'],
    });
    expect(state.iterations[2]!.steps.at(-1)!.changed).toBe('Na actie 3 belt school eerder.');
    expect(state.meetings.filter((m) => m.status === 'held').map((m) => m.id)).toEqual([
      meetings[0]!.id,
      meetings[1]!.id,
      third.id,
    ]);
    // Each wording of the question is kept with its date: at launch, at iteration 2's formulate, at the evaluation
    // (submitted while iteration 3 was under way).
    expect(state.questionWordings.map((w) => w.iteration)).toEqual([null, 2, 3]);
    expect(state.question).toBe('Welke afspraak met school maakt vroeg delen van zorgen gewoon?');
    expect(new Set(state.questionWordings.map((w) => w.since)).size).toBe(3);

    // Completion: what was embedded and what not, and the lesson goes back to the cycle the question came from.
    const result = await handle.executeUpdate(completeGroupUpdate, {
      args: [
        {
          by: facilitator,
          input: {
            embedded: ['De intern begeleider schuift aan bij het SWT-overleg.'],
            notEmbedded: [
              { what: 'Een vast aanspreekpunt per school', why: 'Geen formatie bij de scholen.' },
            ],
            lessons: ['Vroeg samen kijken met school voorkomt verwijzingen naar de jeugd-GGZ.'],
          },
        },
      ],
    });
    expect(result.completion).toMatchObject({
      by: facilitator,
      iterationsCompleted: 3,
      lessonReturn: { cycleId: cycle.workflowId, questionNumber: 1, delivery: 'source' },
    });
    expect(result.outcome).toMatchObject({
      outcomeId: 'group/drie-iteraties/outcome',
      cycleId: cycle.workflowId,
      questionNumber: 1,
      lessons: ['Vroeg samen kijken met school voorkomt verwijzingen naar de jeugd-GGZ.'],
    });
    expect(await handle.result()).toEqual(result);
    state = await handle.query(groupStateQuery);
    expect(state).toMatchObject({ status: 'closed', nextStep: null, completion: result.completion });

    // The lesson answers the cycle's question it came from.
    await expect.poll(async () => (await cycle.query(cycleStateQuery)).questions[0]!.status).toBe('answered');
    const question = (await cycle.query(cycleStateQuery)).questions[0]!;
    expect(question.lesson).toContain(
      'Vroeg samen kijken met school voorkomt verwijzingen naar de jeugd-GGZ.',
    );
    expect(question.lesson).toContain('drie-iteraties');

    // The record holds the group's row and its checkpoint, each event once.
    await expect
      .poll(async () =>
        (await listGroups(system.record.db, { programmeId: 'alg-bron' })).map((g) => g.status),
      )
      .toEqual(['closed']);
    const [row] = await system.record.db
      .select()
      .from(tables.checkpoints)
      .where(eq(tables.checkpoints.processId, state.groupId));
    expect(row).toMatchObject({ status: 'submitted', owner: 'bram.coordinator', remindersSent: 5 });
    expect(Date.now() - wallStart).toBeLessThan(60_000);
  });

  it('keeps the lesson on the record when the cycle it came from has closed and no other cycle runs', async () => {
    const cycle = await cycleWithQuestion('alg-gesloten');
    await cycle.executeUpdate(closeCycleUpdate, {
      args: [{ by: 'anna.projectleider', input: { reason: 'Klaar' } }],
    });
    await cycle.result();
    const input = groupLaunchInput(new Date(await system.env.currentTimeMs()), {
      slug: 'na-de-cyclus',
      fromCycleQuestion: { cycleId: cycle.workflowId, questionNumber: 1 },
    });
    const handle = await startGroup(groupLaunchFrom(input), input.requestId);
    await advance(handle, { step: 'formulate', conclusion: 'Vraag aangescherpt.' });
    const result = await handle.executeUpdate(completeGroupUpdate, {
      args: [
        {
          by: 'anna.projectleider',
          input: {
            embedded: [],
            notEmbedded: [{ what: 'Gezamenlijke intake', why: 'De groep stopte na één bijeenkomst.' }],
            lessons: ['Zonder vaste deelnemers van school komt de groep niet op gang.'],
          },
        },
      ],
    });
    expect(result.completion.iterationsCompleted).toBe(0);
    expect(result.completion.lessonReturn).toMatchObject({
      cycleId: cycle.workflowId,
      questionNumber: 1,
      delivery: 'record',
    });
    expect(result.outcome?.lessons).toEqual([
      'Zonder vaste deelnemers van school komt de groep niet op gang.',
    ]);
    const state = await handle.query(groupStateQuery);
    expect(state.completion?.lessonReturn?.delivery).toBe('record');
    expect(state.meetings.every((m) => m.status === 'cancelled')).toBe(true);
    // "On the record" means a row the next cycle's launch finds: the lesson for that cycle's question.
    const kept = await system.record.db
      .select()
      .from(tables.groupOutcomes)
      .where(eq(tables.groupOutcomes.groupId, state.groupId));
    expect(kept).toEqual([
      expect.objectContaining({
        cycleId: cycle.workflowId,
        questionNumber: 1,
        outcome: expect.objectContaining({
          lessons: ['Zonder vaste deelnemers van school komt de groep niet op gang.'],
        }) as unknown,
      }),
    ]);
  });

  it('escalates an obstacle to a management table and takes the answer back', async () => {
    const input = groupLaunchInput(new Date(await system.env.currentTimeMs()), { slug: 'met-obstakel' });
    const handle = await startGroup(groupLaunchFrom(input), input.requestId);
    const obstacle = await handle.executeUpdate(raiseObstacleUpdate, {
      args: [
        { by: facilitator, input: { text: 'Geen tijd in de formatie van de scholen.', level: 'system' } },
      ],
    });
    const escalated = await handle.executeUpdate(escalateObstacleUpdate, {
      args: [
        {
          by: facilitator,
          input: {
            obstacleId: obstacle.id,
            why: 'Alleen de schoolbesturen kunnen dit regelen.',
            table: 'mt-groepen',
          },
        },
      ],
    });
    expect(escalated.status).toBe('escalated');

    const table = system.env.client.workflow.getHandle(tableWorkflowId('mt-groepen'));
    await expect
      .poll(async () => (await table.query(tableStateQuery).catch(() => ({ open: [] }))).open.length)
      .toBe(1);
    const [item] = (await table.query(tableStateQuery)).open;
    expect(item!.source).toMatchObject({
      kind: 'groupObstacle',
      processId: 'group/met-obstakel',
      obstacleId: obstacle.id,
    });
    await table.executeUpdate(respondUpdate, {
      args: [
        {
          by: 'dana.management',
          input: {
            escalationId: item!.id,
            outcome: 'referred',
            text: 'Naar het bestuurlijk overleg onderwijs.',
          },
        },
      ],
    });
    await expect
      .poll(async () => (await handle.query(groupStateQuery)).obstacles[0]!.status)
      .toBe('answered');
    const answered = (await handle.query(groupStateQuery)).obstacles[0]!;
    expect(answered.escalation!.decision).toMatchObject({
      outcome: 'referred',
      decidedBy: 'dana.management',
    });
  });

  it('refuses a skipped step, bad input and a completed group in validators, leaving no trace in history', async () => {
    const input = groupLaunchInput(new Date(await system.env.currentTimeMs()), { slug: 'weigeringen' });
    const handle = await startGroup(groupLaunchFrom(input), input.requestId);
    await advance(handle, { step: 'formulate', conclusion: 'Vraag geformuleerd.' });
    const eventsBefore = await settledHistoryLength(handle);

    const refusal = (promise: Promise<unknown>) =>
      promise.then(
        () => 'accepted',
        (error: Error & { cause?: Error }) => error.cause?.message ?? error.message,
      );
    const send = (body: unknown) =>
      refusal(handle.executeUpdate(advanceGroupUpdate, { args: [body as never] }));

    expect(await send({ by: facilitator, input: { step: 'reflect', conclusion: 'Te vroeg.' } })).toMatch(
      /^step: iteration 1 is at analyse; reflect cannot come before it, no step is skipped$/,
    );
    expect(await send({ by: facilitator, input: { step: 'formulate', conclusion: 'Nog eens.' } })).toMatch(
      /^step: .*formulate was concluded already/,
    );
    expect(await send({ by: facilitator, input: { step: 'dream', conclusion: 'x' } })).toMatch(
      /input\.step: /,
    );
    expect(
      await send({ by: facilitator, input: { step: 'analyse', conclusion: 'Bel 06-12345678' } }),
    ).toMatch(/input\.conclusion: contains a phone number/);
    expect(
      await send({
        by: facilitator,
        input: { step: 'analyse', conclusion: 'Ok', meetingId: 'meeting:1999-01-01' },
      }),
    ).toMatch(/^meetingId: group weigeringen has no meeting/);
    expect(
      await refusal(
        handle.executeUpdate(leaveGroupUpdate, {
          args: [{ by: facilitator, input: { memberId: 'member-9', reason: '' } }],
        }),
      ),
    ).toMatch(/^memberId: group weigeringen has no member member-9/);
    expect(
      await refusal(
        handle.executeUpdate(joinGroupUpdate, {
          args: [
            { by: facilitator, input: { userId: 'eva.deelnemer', organisation: 'X', role: 'practitioner' } },
          ],
        }),
      ),
    ).toMatch(/^userId: already a member/);
    expect(
      await refusal(
        handle.executeUpdate(completeGroupUpdate, {
          args: [{ by: facilitator, input: { lessons: [] } } as never],
        }),
      ),
    ).toMatch(/input\.lessons: a group ends with at least one lesson/);

    // The time-skipping server writes a workflow task for each refused update (the real server writes nothing,
    // checked in tests/api); no update itself may reach history.
    const updateEvents = (events: Awaited<ReturnType<GroupHandle['fetchHistory']>>['events']) =>
      (events ?? []).filter(
        (event) =>
          event.workflowExecutionUpdateAcceptedEventAttributes ||
          event.workflowExecutionUpdateRejectedEventAttributes ||
          event.workflowExecutionUpdateAdmittedEventAttributes,
      );
    let history = await handle.fetchHistory();
    expect(history.events!.length).toBeGreaterThanOrEqual(eventsBefore);
    expect(updateEvents(history.events)).toHaveLength(1); // the formulate step accepted before

    await handle.executeUpdate(completeGroupUpdate, {
      args: [
        {
          by: facilitator,
          input: {
            embedded: ['Casusbespreking met school'],
            notEmbedded: [],
            lessons: ['Samen kijken helpt.'],
          },
        },
      ],
    });
    await handle.result();
    // A completed workflow's history is final.
    const afterCompletion = (await handle.fetchHistory()).events!.length;
    expect(await send({ by: facilitator, input: { step: 'analyse', conclusion: 'Te laat.' } })).not.toBe(
      'accepted',
    );
    history = await handle.fetchHistory();
    expect(history.events!.length).toBe(afterCompletion);
    expect(updateEvents(history.events)).toHaveLength(2);
  });
});
