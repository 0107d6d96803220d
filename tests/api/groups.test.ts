import { beforeAll, describe, expect, it } from 'vitest';
import { addDays, dateInZone } from '@leercyclus/domain';
import { eventually, failureOf } from '../support/api.js';
import { groupLaunchInput } from '../support/groups.js';
import { settledHistoryLength } from '../support/history.js';
import { launchInput } from '../support/launches.js';
import { grantParts, people } from '../support/people.js';
import { useSystem } from '../support/system.js';

const { leader, coordinator, monitor, participant } = people;
const dayMs = 86_400_000;

describe('action-learning groups through the API on a Temporal dev server', () => {
  const system = useSystem('devServer', { api: true });
  beforeAll(() => grantParts(system.record.db, { programmes: ['alg-programma', 'alg-fout'] }));

  const today = () => dateInZone(new Date(), 'Europe/Amsterdam');
  const countWorkflows = async (query: string) => (await system.env.client.workflow.count(query)).count;
  const slug = 'alg-lopend';
  const cycleRef = { programmeId: 'alg-programma', number: 1 };

  it('launches a group from a cycle question, started three weeks ago: its checkpoint overdue at once', async () => {
    await system.api.as(leader).cycles.launch.mutate(launchInput(new Date(), cycleRef));
    await system.api.as(monitor).cycles.addQuestion.mutate({
      ...cycleRef,
      text: 'Hoe komen we samen met school eerder tot een aanpak?',
      raisedIn: 'learningSession',
      level: 'organisation',
      category: 'education',
    });
    const startsOn = addDays(today(), -21);
    const input = groupLaunchInput(new Date(), {
      slug,
      startsOn,
      endsOn: addDays(startsOn, 120),
      fromCycleQuestion: { cycleId: 'cycle/alg-programma/1', questionNumber: 1 },
      checkpoints: [{ title: 'Tussenevaluatie', owner: coordinator, dueOn: addDays(today(), -8) }],
    });
    const launched = await system.api.as(leader).groups.launch.mutate(input);
    expect(launched.workflowId).toBe(`group/${slug}`);

    const group = await system.api.as(participant).groups.get.query({ slug });
    expect(group).toMatchObject({
      slug,
      programmeId: 'alg-programma',
      theme: 'verklarende analyse',
      facilitator: monitor,
      status: 'running',
      nextStep: 'formulate',
      fromCycleQuestion: { cycleId: 'cycle/alg-programma/1', questionNumber: 1 },
    });
    expect(group.meetings.filter((m) => m.status === 'due').length).toBeGreaterThanOrEqual(1);
    expect(group.checkpoints[0]).toMatchObject({ status: 'overdue', owner: coordinator });
    expect(group.checkpoints[0]!.remindersSent.map((r) => r.kind)).toEqual(['overdue']);

    const listed = await eventually(
      () => system.api.as(participant).groups.list.query({ programmeId: 'alg-programma' }),
      (items) => items.length === 1 && items[0]!.overdueCheckpoints === 1,
    );
    expect(listed).toEqual([
      expect.objectContaining({
        workflowId: `group/${slug}`,
        slug,
        question: input.question,
        status: 'running',
        startsOn,
        nextEventAt: group.nextEventAt,
        overdueCheckpoints: 1,
      }),
    ]);
    expect(
      await countWorkflows(`ProcessKind = "actionLearningGroup" AND ProgrammeId = "alg-programma"`),
    ).toBe(1);
  });

  it('starts one workflow for a request sent twice, and refuses the slug for another request', async () => {
    const input = groupLaunchInput(new Date(), { slug: 'alg-dubbel' });
    const client = system.api.as(leader);
    const [first, second] = await Promise.all([
      client.groups.launch.mutate(input),
      client.groups.launch.mutate(input),
    ]);
    const third = await client.groups.launch.mutate(input);
    expect(new Set([first.workflowId, second.workflowId, third.workflowId])).toEqual(
      new Set(['group/alg-dubbel']),
    );
    expect(
      await eventually(
        () => countWorkflows('WorkflowId = "group/alg-dubbel"'),
        (n) => n > 0,
      ),
    ).toBe(1);

    const conflict = await failureOf(
      client.groups.launch.mutate({
        ...input,
        requestId: 'another-request-0001',
        question: 'Een andere vraag',
      }),
    );
    expect(conflict.data?.code).toBe('CONFLICT');
    expect(conflict.message).toContain('group/alg-dubbel');
  });

  it('refuses malformed input naming the field, and a wrong role, starting nothing', async () => {
    const client = system.api.as(leader);
    const base = groupLaunchInput(new Date(), { slug: 'alg-fout', programmeId: 'alg-fout' });
    const cases: [Record<string, unknown>, string][] = [
      [{ slug: 'Geen Slug!' }, 'slug'],
      [{ members: [{ userId: 'x', organisation: 'SWT', role: 'boss' }] }, 'members.0.role'],
      [{ members: [{ organisation: 'SWT', role: 'practitioner' }] }, 'members.0.displayName'],
      [
        { meetings: { weekday: 'thursday', startTime: '15:00', durationMinutes: 90, everyWeeks: 5 } },
        'meetings.everyWeeks',
      ],
      [{ endsOn: addDays(base.startsOn, -1) }, 'endsOn'],
      [{ question: 'Casus van moeder, bel 0612345678' }, 'question'],
      [{ fromCycleQuestion: { cycleId: 'cyclus-1', questionNumber: 1 } }, 'fromCycleQuestion.cycleId'],
      // Everyone a launch names is a person of the record.
      [{ facilitator: 'niemand.bekend' }, 'facilitator'],
      [
        { members: [{ userId: 'niemand.bekend', organisation: 'SWT', role: 'practitioner' }] },
        'members.0.userId',
      ],
    ];
    for (const [change, field] of cases) {
      const failure = await failureOf(client.groups.launch.mutate({ ...base, ...change }));
      expect(failure.data?.code).toBe('BAD_REQUEST');
      expect(failure.message).toContain(`${field}:`);
      expect(failure.data).toMatchObject({ fieldErrors: [expect.objectContaining({ path: field })] });
    }
    const unknownCycle = await failureOf(
      client.groups.launch.mutate({
        ...base,
        fromCycleQuestion: { cycleId: 'cycle/alg-fout/7', questionNumber: 1 },
      }),
    );
    expect(unknownCycle.data?.code).toBe('NOT_FOUND');
    expect(unknownCycle.message).toContain('fromCycleQuestion.cycleId');
    expect((await failureOf(system.api.as(participant).groups.launch.mutate(base))).data?.code).toBe(
      'FORBIDDEN',
    );
    expect((await failureOf(system.api.as(coordinator).groups.launch.mutate(base))).data?.code).toBe(
      'FORBIDDEN',
    );
    expect((await failureOf(system.api.as().groups.list.query())).data?.code).toBe('UNAUTHORIZED');
    expect(await countWorkflows('ProgrammeId = "alg-fout"')).toBe(0);
    const missing = await failureOf(system.api.as(participant).groups.get.query({ slug: 'bestaat-niet' }));
    expect(missing.data?.code).toBe('NOT_FOUND');
  });

  it('takes members joining and leaving with their dates', async () => {
    const joined = await system.api.as(monitor).groups.join.mutate({
      slug,
      displayName: 'Ervaringsdeskundige E1',
      organisation: 'Cliëntenraad',
      role: 'expertByExperience',
      joinedOn: addDays(today(), -2),
    });
    expect(joined).toMatchObject({
      id: 'member-4',
      memberships: [{ joinedOn: addDays(today(), -2), leftOn: null }],
    });
    const left = await system.api
      .as(monitor)
      .groups.leave.mutate({ slug, memberId: 'member-2', reason: 'Andere functie' });
    expect(left).toMatchObject({
      active: false,
      memberships: [{ leftOn: today(), leftReason: 'Andere functie' }],
    });

    const future = await failureOf(
      system.api.as(monitor).groups.leave.mutate({ slug, memberId: 'member-3', leftOn: addDays(today(), 3) }),
    );
    expect(future.data?.code).toBe('BAD_REQUEST');
    expect(future.message).toMatch(/^leftOn: /);
    const again = await failureOf(
      system.api
        .as(monitor)
        .groups.join.mutate({ slug, userId: participant, organisation: 'X', role: 'practitioner' }),
    );
    expect(again.message).toMatch(/^userId: already a member/);
    expect(
      (
        await failureOf(
          system.api
            .as(participant)
            .groups.join.mutate({ slug, userId: 'x', organisation: 'Y', role: 'sponsor' }),
        )
      ).data?.code,
    ).toBe('FORBIDDEN');
  });

  it('advances step by step; a skipped step or bad input is refused naming the field, leaving history untouched', async () => {
    const group = await system.api.as(monitor).groups.get.query({ slug });
    const meeting = group.meetings.find((m) => m.status === 'due')!;
    const formulated = await system.api.as(monitor).groups.advance.mutate({
      slug,
      step: 'formulate',
      conclusion: 'De vraag is scherper.',
      question: 'Wat heeft school nodig om zorgen vroeg te delen?',
      meetingId: meeting.id,
    });
    expect(formulated).toMatchObject({ step: 'formulate', concludedBy: monitor, meetingId: meeting.id });

    const handle = system.env.client.workflow.getHandle(`group/${slug}`);
    const before = await settledHistoryLength(handle);
    const skipped = await failureOf(
      system.api
        .as(monitor)
        .groups.advance.mutate({ slug, step: 'setGoal', conclusion: 'Te vroeg', goal: 'Doel' }),
    );
    expect(skipped.data?.code).toBe('BAD_REQUEST');
    expect(skipped.message).toBe(
      'step: iteration 1 is at analyse; setGoal cannot come before it, no step is skipped',
    );
    const noActor = await failureOf(
      system.api
        .as(monitor)
        .groups.advance.mutate({ slug, step: 'act', conclusion: 'Gedaan', action: 'Gesprek' } as never),
    );
    expect(noActor.data?.code).toBe('BAD_REQUEST');
    expect(noActor.data).toMatchObject({ fieldErrors: [expect.objectContaining({ path: 'takenBy' })] });
    const personal = await failureOf(
      system.api
        .as(monitor)
        .groups.advance.mutate({ slug, step: 'analyse', conclusion: 'Mail moeder via a@b.nl' }),
    );
    expect(personal.message).toContain('conclusion: contains an e-mail address');
    const wrongRole = await failureOf(
      system.api.as(participant).groups.advance.mutate({ slug, step: 'analyse', conclusion: 'Analyse' }),
    );
    expect(wrongRole.data?.code).toBe('FORBIDDEN');
    expect(await settledHistoryLength(handle)).toBe(before);

    for (const step of ['analyse', 'reflect'] as const) {
      await system.api.as(monitor).groups.advance.mutate({ slug, step, conclusion: `${step} gedaan` });
    }
    await system.api
      .as(monitor)
      .groups.advance.mutate({ slug, step: 'setGoal', conclusion: 'Gekozen', goal: 'School belt eerder' });
    const acted = await system.api.as(leader).groups.advance.mutate({
      slug,
      step: 'act',
      conclusion: 'Gedaan',
      action: 'Gesprek met de intern begeleider',
      takenBy: ['member-1', 'member-4'],
    });
    expect(acted.action).toEqual({
      description: 'Gesprek met de intern begeleider',
      takenBy: ['member-1', 'member-4'],
    });
    await system.api.as(monitor).groups.advance.mutate({
      slug,
      step: 'evaluate',
      conclusion: 'Gewerkt',
      changed: 'School belt eerder',
    });
    const after = await system.api.as(monitor).groups.get.query({ slug });
    expect(after).toMatchObject({ currentIteration: 2, nextStep: 'formulate' });
    expect(after.iterations[0]!.participants).toEqual(['member-1', 'member-2', 'member-3', 'member-4']);
    expect(after.iterations[1]!.participants).toEqual(['member-1', 'member-3', 'member-4']);
    expect(after.questionWordings.map((w) => w.text)).toEqual([
      expect.any(String),
      'Wat heeft school nodig om zorgen vroeg te delen?',
    ]);
  });

  it("lists the group's overdue checkpoint beside the cycles', and reminds it by the group's slug", async () => {
    const overdue = await eventually(
      () => system.api.as(coordinator).checkpoints.overdue.query(),
      (rows) => rows.some((r) => r.processId === `group/${slug}`),
    );
    const row = overdue.find((r) => r.processId === `group/${slug}`);
    expect(row).toMatchObject({
      kind: 'actionLearningGroup',
      groupSlug: slug,
      programmeId: 'alg-programma',
      cycleId: null,
      title: 'Tussenevaluatie',
      owner: coordinator,
      remindersSent: 1,
    });
    expect(row!.daysOverdue).toBe(Math.floor((Date.now() - Date.parse(row!.dueAt)) / dayMs));

    const reminder = await system.api
      .as(coordinator)
      .checkpoints.remind.mutate({ groupSlug: slug, checkpointId: row!.checkpointId });
    expect(reminder).toMatchObject({ kind: 'manual', recipient: coordinator, sentBy: coordinator });
    // The list reads the record, which the group's record activity brings up to date.
    const again = await eventually(
      () => system.api.as(coordinator).checkpoints.overdue.query(),
      (rows) => rows.find((r) => r.processId === `group/${slug}`)?.remindersSent === 2,
    );
    expect(again.find((r) => r.processId === `group/${slug}`)!.remindersSent).toBe(2);

    const both = await failureOf(
      system.api
        .as(coordinator)
        .checkpoints.remind.mutate({ ...cycleRef, groupSlug: slug, checkpointId: 'checkpoint-1' }),
    );
    expect(both.data).toMatchObject({ fieldErrors: [expect.objectContaining({ path: 'groupSlug' })] });
    const neither = await failureOf(
      system.api.as(coordinator).checkpoints.remind.mutate({ checkpointId: 'checkpoint-1' }),
    );
    expect(neither.message).toContain('programmeId:');
    const unknown = await failureOf(
      system.api.as(coordinator).checkpoints.remind.mutate({ groupSlug: slug, checkpointId: 'checkpoint-9' }),
    );
    expect(unknown.data?.code).toBe('NOT_FOUND');

    await system.api.as(coordinator).groups.submitEvaluation.mutate({
      slug,
      checkpointId: row!.checkpointId,
      developmentGoals: [{ text: 'Vast aanspreekpunt per school' }],
    });
    // Evaluated, the checkpoint leaves the list once the group's record activity has written it.
    const cleared = await eventually(
      () => system.api.as(coordinator).checkpoints.overdue.query(),
      (rows) => !rows.some((r) => r.processId === `group/${slug}`),
    );
    expect(cleared.filter((r) => r.processId === `group/${slug}`)).toEqual([]);
  });

  it('completes with what was embedded, sends the lesson to its cycle, and takes no more changes', async () => {
    const obstacle = await system.api.as(monitor).groups.raiseObstacle.mutate({
      slug,
      text: 'Scholen hebben geen formatie voor overleg.',
      level: 'system',
    });
    expect(obstacle).toMatchObject({ id: 'obstacle-1', status: 'open', escalation: null });
    const result = await system.api.as(leader).groups.complete.mutate({
      slug,
      embedded: ['De intern begeleider schuift aan bij het SWT-overleg.'],
      notEmbedded: [{ what: 'Vast aanspreekpunt per school', why: 'Geen formatie.' }],
      lessons: ['Vroeg samen kijken met school voorkomt verwijzingen.'],
    });
    expect(result.completion).toMatchObject({
      iterationsCompleted: 1,
      lessonReturn: { cycleId: 'cycle/alg-programma/1', questionNumber: 1, delivery: 'source' },
    });
    const cycleHistory = await system.env.client.workflow.getHandle('cycle/alg-programma/1').fetchHistory();
    expect(
      cycleHistory.events?.filter(
        (e) => e.workflowExecutionSignaledEventAttributes?.signalName === 'groupOutcome',
      ),
    ).toHaveLength(1);

    const closed = await failureOf(
      system.api.as(monitor).groups.advance.mutate({ slug, step: 'formulate', conclusion: 'Nog een ronde' }),
    );
    expect(closed.data?.code).toBe('PRECONDITION_FAILED');
    expect(closed.message).toMatch(/closed/);
    expect((await system.api.as(participant).groups.get.query({ slug })).status).toBe('closed');
    const listed = await eventually(
      () => system.api.as(participant).groups.list.query({ status: 'closed' }),
      (items) => items.some((g) => g.slug === slug),
    );
    expect(listed.map((g) => g.slug)).toContain(slug);
  });
});
