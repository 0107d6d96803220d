import { execFileSync } from 'node:child_process';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { addDays, dateInZone } from '@leercyclus/domain';
import { settledHistoryLength } from '../support/history.js';
import { eventually, failureOf } from '../support/api.js';
import { launchInput } from '../support/launches.js';
import { grantParts, people } from '../support/people.js';
import { useSystem } from '../support/system.js';

const { leader, coordinator, monitor, participant } = people;
const programmeId = 'lopende-cyclus';
const dayMs = 86_400_000;

describe('running a cycle through the API on a Temporal dev server', () => {
  const system = useSystem('devServer', { api: true });
  beforeAll(() => grantParts(system.record.db, { programmes: [programmeId] }));

  const today = () => dateInZone(new Date(), 'Europe/Amsterdam');
  const ref = { programmeId, number: 1 };

  it('registers a cycle already running: past sessions to be recorded, a past-due checkpoint overdue at once', async () => {
    const startsOn = addDays(today(), -35);
    await system.api.as(leader).cycles.launch.mutate({
      ...launchInput(new Date(), { programmeId, number: 1, startsOn }),
      checkpoints: [
        { title: 'Tussenevaluatie', owner: coordinator, dueOn: addDays(today(), -8), dueTime: '17:00' },
      ],
    });
    const cycle = await system.api.as(participant).cycles.get.query(ref);
    const past = cycle.occurrences.filter((o) => Date.parse(o.startsAt) < Date.now());
    expect(past.length).toBeGreaterThanOrEqual(9);
    expect(past.every((o) => o.status === 'due')).toBe(true);
    expect(cycle.checkpoints[0]).toMatchObject({ status: 'overdue', owner: coordinator });
    // Launched eight days after the deadline: one reminder for the latest slot, not a burst of stale ones.
    expect(cycle.checkpoints[0]!.remindersSent.map((r) => r.kind)).toEqual(['overdue']);
    expect(cycle.overdueCheckpoints).toBe(1);
  });

  it('is found by `temporal workflow list --query "OverdueCheckpoints > 0"`', async () => {
    const list = () =>
      execFileSync(inject('temporalCliPath'), [
        'workflow',
        'list',
        '--address',
        system.env.address,
        '--query',
        'OverdueCheckpoints > 0',
        '--output',
        'json',
      ]).toString();
    let output = list();
    for (let i = 0; i < 50 && !output.includes(`cycle/${programmeId}/1`); i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      output = list();
    }
    expect(output).toContain(`cycle/${programmeId}/1`);
  });

  it('lists the overdue checkpoint for the coordinator, with days overdue, and sends a reminder on request', async () => {
    const overdueList = () => system.api.as(coordinator).checkpoints.overdue.query();
    const ours = (rows: Awaited<ReturnType<typeof overdueList>>) =>
      rows.find((r) => r.cycleId === `cycle/${programmeId}/1`);
    const overdue = await eventually(overdueList, (rows) => ours(rows)?.remindersSent === 1);
    const row = ours(overdue);
    expect(row).toMatchObject({ title: 'Tussenevaluatie', owner: coordinator, remindersSent: 1 });
    const expectedDays = Math.floor((Date.now() - Date.parse(row!.dueAt)) / dayMs);
    expect(row!.daysOverdue).toBe(expectedDays);
    expect(row!.daysOverdue).toBeGreaterThanOrEqual(7);

    const reminder = await system.api
      .as(coordinator)
      .checkpoints.remind.mutate({ ...ref, checkpointId: row!.checkpointId });
    expect(reminder).toMatchObject({ kind: 'manual', recipient: coordinator, sentBy: coordinator });
    const again = await eventually(overdueList, (rows) => ours(rows)?.remindersSent === 2);
    expect(ours(again)!.remindersSent).toBe(2);
    expect(ours(again)!.lastReminderAt).toBe(reminder.at);
    // A participant tracks no checkpoints: their list holds none of the programme's.
    expect(ours(await system.api.as(participant).checkpoints.overdue.query())).toBeUndefined();
  });

  it('records a held session and keeps the agenda with its reformulations', async () => {
    const cycle = await system.api.as(monitor).cycles.get.query(ref);
    const session = cycle.occurrences.find((o) => o.status === 'due' && o.kind === 'learningSession')!;
    const question = await system.api.as(monitor).cycles.addQuestion.mutate({
      ...ref,
      text: 'Wanneer schakelen we de jeugd-GGZ in?',
      district: 'Zuid',
      raisedIn: 'learningSession',
      occurrenceId: session.id,
      level: 'team',
      category: 'diagnosisOrTreatmentRequest',
    });
    const held = await system.api.as(monitor).cycles.recordSession.mutate({
      ...ref,
      occurrenceId: session.id,
      record: {
        attendance: { swtProfessionals: 7, partnerProfessionals: 2, parentsOrGuardians: 1 },
        organisations: ['Jeugdhulp Rijnmond'],
        caseCodes: ['Z-2026-014'],
        questionNumbers: [question.number],
      },
    });
    expect(held).toMatchObject({
      status: 'held',
      record: { recordedBy: monitor, caseCodes: ['Z-2026-014'] },
    });
    const reformulated = await system.api.as(monitor).cycles.updateQuestion.mutate({
      ...ref,
      questionNumber: question.number,
      text: 'Wat heeft het SWT nodig om zonder diagnose verder te kunnen?',
      status: 'exploring',
    });
    expect(reformulated.reformulations).toEqual([
      expect.objectContaining({ text: 'Wanneer schakelen we de jeugd-GGZ in?', by: monitor }),
    ]);
    expect(
      (
        await failureOf(
          system.api
            .as(participant)
            .cycles.recordSession.mutate({ ...ref, occurrenceId: session.id, record: held.record! }),
        )
      ).data?.code,
    ).toBe('FORBIDDEN');
  });

  it('takes a command sent twice at once with the same request id once', async () => {
    const command = {
      ...ref,
      requestId: 'add-question-twice-0001',
      text: 'Hoe houden we ouders op de hoogte?',
      raisedIn: 'parents' as const,
      level: 'practice' as const,
      category: 'parentsCryForHelp',
    };
    const [first, second] = await Promise.all([
      system.api.as(monitor).cycles.addQuestion.mutate(command),
      system.api.as(monitor).cycles.addQuestion.mutate(command),
    ]);
    expect(second.number).toBe(first.number);
    const cycle = await system.api.as(monitor).cycles.get.query(ref);
    expect(cycle.questions.filter((q) => q.text === command.text)).toHaveLength(1);
  });

  it('refuses bad commands naming the field, leaving the history untouched', async () => {
    const handle = system.env.client.workflow.getHandle(`cycle/${programmeId}/1`);
    const before = await settledHistoryLength(handle);
    const cycle = await system.api.as(monitor).cycles.get.query(ref);
    const due = cycle.occurrences.find((o) => o.status === 'due')!;
    const attendance = { swtProfessionals: 1, partnerProfessionals: 0, parentsOrGuardians: 0 };

    const badCase = await failureOf(
      system.api.as(monitor).cycles.recordSession.mutate({
        ...ref,
        occurrenceId: due.id,
        record: { attendance, caseCodes: ['12-03-2015'] },
      }),
    );
    expect(badCase.data?.code).toBe('BAD_REQUEST');
    expect(badCase.message).toContain('record.caseCodes.0');

    // Refused by the workflow's validator, which knows the agenda.
    const unknownQuestion = await failureOf(
      system.api.as(monitor).cycles.recordSession.mutate({
        ...ref,
        occurrenceId: due.id,
        record: { attendance, questionNumbers: [99] },
      }),
    );
    expect(unknownQuestion.data?.code).toBe('BAD_REQUEST');
    expect(unknownQuestion.message).toBe('record.questionNumbers: not on the agenda: 99');

    const unknownOccurrence = await failureOf(
      system.api.as(monitor).cycles.recordSession.mutate({
        ...ref,
        occurrenceId: 'learningSession:oost:2026-01-01',
        record: { attendance },
      }),
    );
    expect(unknownOccurrence.data?.code).toBe('NOT_FOUND');

    const personal = await failureOf(
      system.api.as(monitor).cycles.addQuestion.mutate({
        ...ref,
        text: 'Moeder (jan.jansen@example.nl) vraagt om hulp',
        raisedIn: 'parents',
        level: 'practice',
        category: 'parentsCryForHelp',
      }),
    );
    expect(personal.message).toContain('text: contains an e-mail address');

    expect(await settledHistoryLength(handle)).toBe(before);
  });

  it('moves and cancels single occurrences with their reasons', async () => {
    const cycle = await system.api.as(leader).cycles.get.query(ref);
    const [first, second] = cycle.occurrences.filter(
      (o) => o.status === 'planned' && o.kind === 'learningSession',
    );
    const moved = await system.api.as(leader).cycles.moveOccurrence.mutate({
      ...ref,
      occurrenceId: first!.id,
      action: 'move',
      date: addDays(first!.date, 1),
      startTime: '15:00',
      reason: 'Zaal bezet',
    });
    expect(moved).toMatchObject({
      date: addDays(first!.date, 1),
      status: 'planned',
      change: { reason: 'Zaal bezet', by: leader },
    });
    expect(moved.change!.movedFrom).toEqual({ startsAt: first!.startsAt, endsAt: first!.endsAt });
    const cancelled = await system.api.as(coordinator).cycles.moveOccurrence.mutate({
      ...ref,
      occurrenceId: second!.id,
      action: 'cancel',
      reason: 'Studiedag',
    });
    expect(cancelled).toMatchObject({
      status: 'cancelled',
      change: { reason: 'Studiedag', movedFrom: null },
    });
  });

  it('clears the overdue checkpoint when the evaluation is submitted', async () => {
    const cycle = await system.api.as(coordinator).cycles.get.query(ref);
    await system.api.as(coordinator).cycles.submitEvaluation.mutate({
      ...ref,
      checkpointId: cycle.checkpoints[0]!.id,
      sharpenedQuestions: [
        { questionNumber: 1, text: 'Wat heeft het SWT nodig om zonder diagnose door te gaan?' },
      ],
      developmentGoals: [{ text: 'Consultatie jeugd-GGZ op het SWT-overleg' }],
      notes: 'Goed gesprek.',
    });
    const after = await system.api.as(coordinator).cycles.get.query(ref);
    expect(after.overdueCheckpoints).toBe(0);
    expect(after.checkpoints[0]!.evaluation).toMatchObject({ submittedBy: coordinator });
    const overdue = await eventually(
      () => system.api.as(coordinator).checkpoints.overdue.query(),
      (rows) => !rows.some((r) => r.cycleId === `cycle/${programmeId}/1`),
    );
    expect(overdue.filter((r) => r.cycleId === `cycle/${programmeId}/1`)).toEqual([]);
  });

  it('closes, refuses further commands, and carries the open questions into the next cycle', async () => {
    expect(
      (
        await failureOf(
          system.api
            .as(leader)
            .cycles.launch.mutate(launchInput(new Date(), { programmeId, number: 2, fromCycle: 1 })),
        )
      ).data?.code,
    ).toBe('PRECONDITION_FAILED');

    const summary = await system.api.as(leader).cycles.close.mutate({ ...ref, reason: 'Cyclus afgerond' });
    expect(summary.carriedOverQuestions.map((q) => q.number)).toEqual([1, 2]);
    expect(summary.unrecordedOccurrences.length).toBeGreaterThan(0);

    const refused = await failureOf(
      system.api.as(monitor).cycles.addQuestion.mutate({
        ...ref,
        text: 'Te laat',
        raisedIn: 'parents',
        level: 'practice',
        category: 'safety',
      }),
    );
    expect(refused.data?.code).toBe('PRECONDITION_FAILED');
    expect(refused.message).toMatch(/closed/);

    await system.api
      .as(leader)
      .cycles.launch.mutate(launchInput(new Date(), { programmeId, number: 2, fromCycle: 1 }));
    const next = await system.api.as(monitor).cycles.get.query({ programmeId, number: 2 });
    expect(next.questions.map((q) => q.number)).toEqual([1, 2]);
    expect(next.questions.slice(0, 1)).toEqual([
      expect.objectContaining({
        number: 1,
        status: 'open',
        text: 'Wat heeft het SWT nodig om zonder diagnose door te gaan?',
        carriedFrom: { cycleId: `cycle/${programmeId}/1`, number: 1 },
      }),
    ]);
    expect(next.questions[0]!.reformulations).toHaveLength(2);
  });
});
