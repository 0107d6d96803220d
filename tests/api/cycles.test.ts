import { beforeAll, describe, expect, it } from 'vitest';
import { eventually, failureOf } from '../support/api.js';
import { launchInput } from '../support/launches.js';
import { grantParts, people } from '../support/people.js';
import { useSystem } from '../support/system.js';

const { leader: projectLeader, participant } = people;

describe('cycles through the API on a Temporal dev server', () => {
  const system = useSystem('devServer', { api: true });
  beforeAll(() =>
    grantParts(system.record.db, {
      programmes: [
        'proeftuin-west-zuid',
        'dubbel-verzoek',
        'conflict',
        'malformed',
        'rollen',
        'gezonde-relaties',
        'onbekend',
      ],
    }),
  );

  const countWorkflows = async (query: string) => (await system.env.client.workflow.count(query)).count;

  it('reports Temporal reachable on health, without signing in', async () => {
    const health = await system.api.as().health.query();
    expect(health).toEqual({ ok: true, temporal: { reachable: true, namespace: 'default' } });
  });

  it('launches a cycle, gets its sessions, lists it from the record and finds it by its search attributes', async () => {
    const input = launchInput(new Date(), { programmeId: 'proeftuin-west-zuid', number: 1 });
    const launched = await system.api.as(projectLeader).cycles.launch.mutate(input);
    expect(launched.workflowId).toBe('cycle/proeftuin-west-zuid/1');

    const cycle = await system.api
      .as(participant)
      .cycles.get.query({ programmeId: 'proeftuin-west-zuid', number: 1 });
    expect(cycle.title).toBe(input.title);
    expect(cycle.status).toBe('running');
    expect(cycle.occurrences.filter((o) => o.district === 'West').length).toBeGreaterThanOrEqual(12);
    expect(cycle.occurrences.filter((o) => o.district === 'Zuid').length).toBeGreaterThanOrEqual(12);
    expect(cycle.nextEventAt).toBe(cycle.occurrences[0]!.startsAt);

    const listed = await eventually(
      () => system.api.as(participant).cycles.list.query({ programmeId: 'proeftuin-west-zuid' }),
      (items) => items.length === 1 && items[0]!.nextEventAt !== null,
    );
    expect(listed).toEqual([
      expect.objectContaining({
        workflowId: 'cycle/proeftuin-west-zuid/1',
        number: 1,
        title: input.title,
        status: 'running',
        districts: ['West', 'Zuid'],
        nextEventAt: cycle.nextEventAt,
        overdueCheckpoints: 0,
      }),
    ]);
    expect(
      await countWorkflows('ProcessKind = "learningCycle" AND ProgrammeId = "proeftuin-west-zuid"'),
    ).toBe(1);
  });

  it('starts one workflow when the same request id is sent twice, also at the same time', async () => {
    const input = launchInput(new Date(), { programmeId: 'dubbel-verzoek', number: 3 });
    const client = system.api.as(projectLeader);
    const [first, second] = await Promise.all([
      client.cycles.launch.mutate(input),
      client.cycles.launch.mutate(input),
    ]);
    const third = await client.cycles.launch.mutate(input);
    expect(new Set([first.workflowId, second.workflowId, third.workflowId])).toEqual(
      new Set(['cycle/dubbel-verzoek/3']),
    );
    const runs = await eventually(
      () => countWorkflows('WorkflowId = "cycle/dubbel-verzoek/3"'),
      (n) => n > 0,
    );
    expect(runs).toBe(1);
  });

  it('refuses another launch of the same programme and number with a CONFLICT naming the cycle', async () => {
    const client = system.api.as(projectLeader);
    await client.cycles.launch.mutate(launchInput(new Date(), { programmeId: 'conflict', number: 1 }));
    const failure = await failureOf(
      client.cycles.launch.mutate(
        launchInput(new Date(), { programmeId: 'conflict', number: 1, title: 'Another' }),
      ),
    );
    expect(failure.data?.code).toBe('CONFLICT');
    expect(failure.message).toContain('cycle/conflict/1');
  });

  it('refuses malformed input with the field named, and starts nothing', async () => {
    const client = system.api.as(projectLeader);
    const base = launchInput(new Date(), { programmeId: 'malformed', number: 1 });
    const cases: [Record<string, unknown>, string][] = [
      [{ startsOn: '5 januari' }, 'startsOn'],
      [
        { districts: [{ name: 'West', weekday: 'thursday', startTime: '13.30', durationMinutes: 120 }] },
        'districts.0.startTime',
      ],
      [{ number: -1 }, 'number'],
      [{ requestId: undefined }, 'requestId'],
      [{ endsOn: '2000-01-01' }, 'endsOn'],
    ];
    for (const [change, field] of cases) {
      const failure = await failureOf(client.cycles.launch.mutate({ ...base, ...change }));
      expect(failure.data?.code).toBe('BAD_REQUEST');
      expect(failure.message).toContain(`${field}:`);
      expect(failure.data).toMatchObject({ fieldErrors: [expect.objectContaining({ path: field })] });
    }
    expect(await countWorkflows('ProgrammeId = "malformed"')).toBe(0);
  });

  it("lets only the programme's project leader launch, and only signed-in people read", async () => {
    const input = launchInput(new Date(), { programmeId: 'rollen', number: 1 });
    expect((await failureOf(system.api.as(participant).cycles.launch.mutate(input))).data?.code).toBe(
      'FORBIDDEN',
    );
    expect((await failureOf(system.api.as('bram.coordinator').cycles.launch.mutate(input))).data?.code).toBe(
      'FORBIDDEN',
    );
    expect((await failureOf(system.api.as().cycles.launch.mutate(input))).data?.code).toBe('UNAUTHORIZED');
    expect((await failureOf(system.api.as().cycles.list.query())).data?.code).toBe('UNAUTHORIZED');
    expect((await failureOf(system.api.as('nobody').cycles.list.query())).data?.code).toBe('UNAUTHORIZED');
    expect(await countWorkflows('ProgrammeId = "rollen"')).toBe(0);
  });

  it("launches with a registered programme's own agenda categories and management table", async () => {
    await system.api.as(projectLeader).programmes.create.mutate({
      id: 'gezonde-relaties',
      name: 'Leergemeenschap Gezonde Relaties',
      projectLeader,
      districts: ['West'],
      managementTable: 'mt-jeugd',
      questionCategories: ['safety', 'normalising'],
    });
    await system.api
      .as(projectLeader)
      .cycles.launch.mutate(launchInput(new Date(), { programmeId: 'gezonde-relaties', number: 1 }));
    const cycle = await system.api
      .as(participant)
      .cycles.get.query({ programmeId: 'gezonde-relaties', number: 1 });
    expect(cycle.questionCategories).toEqual(['safety', 'normalising']);
    expect(cycle.managementTable).toBe('mt-jeugd');
    const refused = await failureOf(
      system.api.as('chris.monitor').cycles.addQuestion.mutate({
        programmeId: 'gezonde-relaties',
        number: 1,
        text: 'Hoe praten we over school?',
        raisedIn: 'learningSession',
        level: 'team',
        category: 'education',
      }),
    );
    expect(refused.message).toBe(`category: "education" is not one of this programme's categories`);
  });

  it('answers NOT_FOUND for a cycle that does not exist', async () => {
    const failure = await failureOf(
      system.api.as(participant).cycles.get.query({ programmeId: 'onbekend', number: 9 }),
    );
    expect(failure.data?.code).toBe('NOT_FOUND');
    expect(failure.message).toBe('Programme onbekend has no cycle 9.');
  });
});
