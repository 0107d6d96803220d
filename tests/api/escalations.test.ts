import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { tables } from '@leercyclus/db';
import { eventually, failureOf } from '../support/api.js';
import { launchInput } from '../support/launches.js';
import { grantParts, people } from '../support/people.js';
import { useSystem } from '../support/system.js';

const { leader, coordinator, monitor, management: manager, administrator } = people;
const programmeId = 'escalatie-lus';
const table = 'mt-jeugd';
/** A programme whose cycle closes before the table answers. */
const quiet = 'escalatie-tussenpoos';

describe('the escalation loop through the API on a Temporal dev server', () => {
  const system = useSystem('devServer', { api: true });

  beforeAll(async () => {
    await grantParts(system.record.db, { programmes: [programmeId, quiet] });
    // Setting up the table makes its members members of the table.
    await system.api.as(administrator).tables.upsert.mutate({
      slug: table,
      name: 'Managementtafel Jeugd',
      members: [manager],
      meeting: { nth: 1, weekday: 'wednesday', startTime: '15:00' },
    });
  });

  const inbox = () => system.api.as(manager).escalations.inbox.query({ table });

  it('lists the running tables by name for picking an inbox, to the people who sit on them', async () => {
    const listed = await eventually(
      () => system.api.as(manager).tables.list.query(),
      (list) => list.some((row) => row.slug === table),
    );
    expect(listed).toEqual([{ slug: table, name: 'Managementtafel Jeugd', open: 0, overdue: 0 }]);
    expect(await system.api.as(monitor).tables.list.query()).toEqual([]);
  });

  it("gives the table's workflow its members from the memberships, as they are granted and revoked", async () => {
    const admin = system.api.as(administrator);
    const seat = {
      personId: coordinator,
      membership: { scope: 'table', scopeId: table, role: 'chair' },
    } as const;
    const members = () => system.api.as(manager).tables.get.query({ table });
    await admin.memberships.grant.mutate(seat);
    expect((await eventually(members, (config) => config.members.length === 2)).members).toEqual(
      [coordinator, manager].sort(),
    );
    expect((await system.api.as(coordinator).tables.list.query()).map((row) => row.slug)).toEqual([table]);
    await admin.memberships.revoke.mutate(seat);
    expect((await eventually(members, (config) => config.members.length === 1)).members).toEqual([manager]);
  });

  it('puts an escalated question in the inbox; "needs information" reopens it at the source', async () => {
    await system.api
      .as(leader)
      .cycles.launch.mutate(launchInput(new Date(), { programmeId, number: 1, managementTable: table }));
    const ref = { programmeId, number: 1 };
    const question = await system.api.as(monitor).cycles.addQuestion.mutate({
      ...ref,
      text: 'Hoe organiseren we de flexibele schil zonder verwijzingsbesluiten?',
      raisedIn: 'programmeTeam',
      level: 'system',
      category: 'collaborationWithPartners',
    });
    await system.api.as(monitor).cycles.escalateQuestion.mutate({
      ...ref,
      questionNumber: question.number,
      why: 'Inkoop en toegang liggen bij de gemeente.',
    });
    const items = await eventually(inbox, (list) => list.length === 1);
    expect(items[0]).toMatchObject({
      text: question.text,
      raisedBy: monitor,
      overdue: false,
      source: { kind: 'cycleQuestion', processId: `cycle/${programmeId}/1`, questionNumber: question.number },
    });
    expect(Date.parse(items[0]!.dueAt) - Date.now()).toBeGreaterThan(7 * 86_400_000);

    expect(
      (
        await failureOf(
          system.api.as(monitor).escalations.respond.mutate({
            table,
            escalationId: items[0]!.id,
            outcome: 'accepted',
            text: 'Ja',
          }),
        )
      ).data?.code,
    ).toBe('FORBIDDEN');
    const empty = await failureOf(
      system.api
        .as(manager)
        .escalations.respond.mutate({ table, escalationId: items[0]!.id, outcome: 'accepted', text: '' }),
    );
    expect(empty.message).toContain('text:');

    await system.api.as(manager).escalations.respond.mutate({
      table,
      escalationId: items[0]!.id,
      outcome: 'needsInformation',
      text: 'Graag een voorbeeld uit de praktijk.',
    });
    const reopened = await eventually(
      () => system.api.as(monitor).cycles.get.query(ref),
      (cycle) => cycle.questions[0]!.status === 'open',
    );
    expect(reopened.questions[0]!.escalation!.decision).toMatchObject({
      outcome: 'needsInformation',
      decidedBy: manager,
    });
    expect(await inbox()).toEqual([]);
  });

  it('brings an answer to the next cycle when the cycle that asked has closed', async () => {
    const ref = { programmeId, number: 1 };
    await system.api
      .as(monitor)
      .cycles.escalateQuestion.mutate({ ...ref, questionNumber: 1, why: 'Voorbeeld: casus W-2026-003.' });
    const [item] = await eventually(inbox, (list) => list.length === 1);
    const summary = await system.api.as(leader).cycles.close.mutate({ ...ref, reason: 'Einde cyclus' });
    expect(summary.carriedOverQuestions).toEqual([]);

    await system.api
      .as(leader)
      .cycles.launch.mutate(
        launchInput(new Date(), { programmeId, number: 2, fromCycle: 1, managementTable: table }),
      );
    const next = await system.api.as(monitor).cycles.get.query({ programmeId, number: 2 });
    expect(next.questions[0]).toMatchObject({
      number: 1,
      status: 'escalated',
      carriedFrom: { cycleId: `cycle/${programmeId}/1`, number: 1 },
    });

    await system.api.as(manager).escalations.respond.mutate({
      table,
      escalationId: item!.id,
      outcome: 'accepted',
      text: 'De gemeente richt een flexibele schil in met een eigen budget.',
    });
    const answered = await eventually(
      () => system.api.as(monitor).cycles.get.query({ programmeId, number: 2 }),
      (cycle) => cycle.questions[0]!.status === 'answered',
    );
    expect(answered.questions[0]!.escalation!.decision).toMatchObject({ outcome: 'accepted', table });
    const done = await system.api.as(manager).escalations.get.query({ table, escalationId: item!.id });
    expect(done).toMatchObject({ status: 'answered', decision: { outcome: 'accepted' } });

    // And the record keeps the escalation with its decision, once.
    const decisions = await eventually(
      () =>
        system.record.db.select().from(tables.decisions).where(eq(tables.decisions.escalationId, item!.id)),
      (rows) => rows.length > 0,
    );
    expect(decisions).toEqual([expect.objectContaining({ outcome: 'accepted', decidedBy: manager })]);
    const [row] = await system.record.db
      .select()
      .from(tables.escalations)
      .where(eq(tables.escalations.id, item!.id));
    expect(row).toMatchObject({
      status: 'answered',
      managementTable: table,
      sourceProcessId: `cycle/${programmeId}/1`,
    });
  });

  it('escalates the open system issues of a cycle when it closes', async () => {
    const ref = { programmeId, number: 2 };
    await system.api.as(monitor).cycles.addQuestion.mutate({
      ...ref,
      text: 'Wat zijn scholen verplicht te doen bij zorgen?',
      raisedIn: 'partnerGathering',
      level: 'organisation',
      category: 'education',
    });
    await system.api.as(monitor).cycles.addQuestion.mutate({
      ...ref,
      text: 'Hoe vaak bellen we ouders terug?',
      raisedIn: 'parents',
      level: 'practice',
      category: 'parentsCryForHelp',
    });
    const summary = await system.api.as(leader).cycles.close.mutate({ ...ref, reason: 'Einde cyclus' });
    expect(summary.escalatedQuestions.map((q) => q.text)).toEqual([
      'Wat zijn scholen verplicht te doen bij zorgen?',
    ]);
    expect(summary.carriedOverQuestions.map((q) => q.text)).toEqual(['Hoe vaak bellen we ouders terug?']);
    const items = await eventually(inbox, (list) => list.length === 1);
    expect(items[0]).toMatchObject({
      text: 'Wat zijn scholen verplicht te doen bij zorgen?',
      raisedBy: 'system',
    });
  });

  it('keeps an answer that came while no cycle ran, and brings it along when the next cycle launches', async () => {
    const ref = { programmeId: quiet, number: 1 };
    const cycleId = `cycle/${quiet}/1`;
    await system.api
      .as(leader)
      .cycles.launch.mutate(
        launchInput(new Date(), { programmeId: quiet, number: 1, managementTable: table }),
      );
    const question = await system.api.as(monitor).cycles.addQuestion.mutate({
      ...ref,
      text: 'Wie betaalt de inzet van de praktijkondersteuner op school?',
      raisedIn: 'programmeTeam',
      level: 'system',
      category: 'collaborationWithPartners',
    });
    await system.api.as(monitor).cycles.escalateQuestion.mutate({
      ...ref,
      questionNumber: question.number,
      why: 'Dat beslist de gemeente.',
    });
    const items = await eventually(inbox, (list) => list.some((item) => item.source.processId === cycleId));
    const item = items.find((candidate) => candidate.source.processId === cycleId)!;
    await system.api.as(leader).cycles.close.mutate({ ...ref, reason: 'Einde cyclus' });

    // Answered between cycles: the closed cycle cannot take it and no cycle of the programme runs.
    const answer = 'De gemeente betaalt de praktijkondersteuner uit het budget voor de flexibele schil.';
    await system.api
      .as(manager)
      .escalations.respond.mutate({ table, escalationId: item.id, outcome: 'accepted', text: answer });
    await eventually(
      () =>
        system.record.db.select().from(tables.decisions).where(eq(tables.decisions.escalationId, item.id)),
      (rows) => rows.length === 1,
    );

    await system.api
      .as(leader)
      .cycles.launch.mutate(
        launchInput(new Date(), { programmeId: quiet, number: 2, fromCycle: 1, managementTable: table }),
      );
    const next = await system.api.as(monitor).cycles.get.query({ programmeId: quiet, number: 2 });
    expect(next.questions).toHaveLength(1);
    expect(next.questions[0]).toMatchObject({
      number: question.number,
      status: 'answered',
      carriedFrom: { cycleId, number: question.number },
      escalation: { id: item.id, decision: { outcome: 'accepted', text: answer, decidedBy: manager, table } },
    });
  });
});
