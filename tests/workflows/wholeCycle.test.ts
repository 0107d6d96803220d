import type { WorkflowHandle } from '@temporalio/client';
import { describe, expect, it } from 'vitest';
import { addDays, type CycleLaunch } from '@leercyclus/domain';
import {
  addQuestionUpdate,
  closeCycleUpdate,
  cycleStateQuery,
  learningCycleStartOptions,
  recordSessionUpdate,
  searchAttributes,
  submitEvaluationUpdate,
  updateQuestionUpdate,
  type learningCycle,
} from '@leercyclus/workflows';
import { launchFrom, launchInput } from '../support/launches.js';
import { isWorkflowTaskEvent, settledHistoryLength } from '../support/history.js';
import { useSystem } from '../support/system.js';

const monitor = 'chris.monitor';
const dayMs = 86_400_000;

describe('a whole learning cycle on the time-skipping test server', () => {
  const system = useSystem('timeSkipping');

  async function start(
    launch: CycleLaunch,
    requestId: string,
  ): Promise<WorkflowHandle<typeof learningCycle>> {
    return system.env.client.workflow.start('learningCycle', learningCycleStartOptions(launch, requestId));
  }

  it('runs thirteen weeks of two districts: sessions recorded, an evaluation chased while overdue, then closed', async () => {
    const wallStart = Date.now();
    const now = new Date(await system.env.currentTimeMs());
    const input = launchInput(now, { programmeId: 'hele-cyclus', number: 1 });
    const midEvaluationDue = addDays(input.startsOn, 41);
    const launch = launchFrom({
      ...input,
      programmeTeam: { weekday: 'monday', startTime: '10:00', durationMinutes: 90 },
      checkpoints: [
        { title: 'Tussenevaluatie', owner: 'bram.coordinator', dueOn: midEvaluationDue, dueTime: '17:00' },
        {
          title: 'Gezamenlijke eindevaluatie',
          owner: 'anna.projectleider',
          dueOn: addDays(input.startsOn, 85),
        },
      ],
    });
    const handle = await start(launch, input.requestId);
    const question = await handle.executeUpdate(addQuestionUpdate, {
      args: [
        {
          by: monitor,
          input: {
            text: 'Hoe betrekken we school eerder bij zorgen over een kind?',
            district: 'West',
            raisedIn: 'learningSession',
            occurrenceId: null,
            level: 'organisation',
            category: 'education',
            responsible: 'chris.monitor',
          },
        },
      ],
    });
    expect(question.number).toBe(1);

    // Week by week: wait until each session has started, then record it.
    let state = await handle.query(cycleStateQuery);
    const sessions = state.occurrences.filter(
      (o) => o.kind === 'learningSession' || o.kind === 'partnerGathering',
    );
    let recorded = 0;
    for (const session of sessions.slice(0, 10)) {
      const wait = Date.parse(session.startsAt) + 3_600_000 - (await system.env.currentTimeMs());
      if (wait > 0) await system.env.sleep(wait);
      await handle.executeUpdate(recordSessionUpdate, {
        args: [
          {
            by: monitor,
            input: {
              occurrenceId: session.id,
              record: {
                attendance: { swtProfessionals: 6, partnerProfessionals: 3, parentsOrGuardians: 1 },
                organisations: ['Jeugdhulp Rijnmond', 'Basisschool De Horizon'],
                caseCodes: [`${session.district === 'West' ? 'W' : 'Z'}-${recorded + 1}`],
                questionNumbers: [1],
                notes: '',
              },
            },
          },
        ],
      });
      recorded += 1;
    }
    state = await handle.query(cycleStateQuery);
    expect(state.occurrences.filter((o) => o.status === 'held')).toHaveLength(10);

    // A sharper wording keeps the earlier one with its date.
    const sharpened = await handle.executeUpdate(updateQuestionUpdate, {
      args: [
        {
          by: monitor,
          input: { questionNumber: 1, text: 'Wat heeft school nodig om zorgen vroeg te delen met het SWT?' },
        },
      ],
    });
    expect(sharpened.reformulations).toEqual([
      expect.objectContaining({
        text: 'Hoe betrekken we school eerder bij zorgen over een kind?',
        by: monitor,
      }),
    ]);

    // The mid-cycle evaluation is left unsubmitted: overdue at its due moment, reminded every three days.
    const mid = state.checkpoints.find((c) => c.title === 'Tussenevaluatie')!;
    const dueAt = Date.parse(mid.dueAt);
    await system.env.sleep(dueAt + 6.5 * dayMs - (await system.env.currentTimeMs()));
    state = await handle.query(cycleStateQuery);
    const overdue = state.checkpoints.find((c) => c.id === mid.id)!;
    expect(overdue.status).toBe('overdue');
    expect(state.overdueCheckpoints).toBe(1);
    expect(overdue.remindersSent.map((r) => r.kind)).toEqual(['before', 'onDay', 'overdue', 'overdue']);
    const reminderTimes = overdue.remindersSent.map((r) => Date.parse(r.at));
    // 09:00 a week before a 17:00 deadline, 09:00 on the day, then three and six days after the deadline.
    const expected = [
      dueAt - 7 * dayMs - 8 * 3_600_000,
      dueAt - 8 * 3_600_000,
      dueAt + 3 * dayMs,
      dueAt + 6 * dayMs,
    ];
    reminderTimes.forEach((at, i) => expect(Math.abs(at - expected[i]!)).toBeLessThan(60_000));
    expect(overdue.remindersSent.every((r) => r.recipient === 'bram.coordinator')).toBe(true);
    const attributes = (await handle.describe()).typedSearchAttributes;
    expect(attributes.get(searchAttributes.overdueCheckpoints)).toBe(1);
    expect(attributes.get(searchAttributes.nextEventAt)?.toISOString()).toBe(state.nextEventAt);

    // Every reminder reached the outbox, once.
    await expect.poll(() => system.record.outbox(state.cycleId)).toHaveLength(4);

    // Submitting clears it.
    const submitted = await handle.executeUpdate(submitEvaluationUpdate, {
      args: [
        {
          by: 'bram.coordinator',
          input: {
            checkpointId: mid.id,
            sharpenedQuestions: [
              {
                questionNumber: 1,
                text: 'Welke afspraken met scholen helpen het SWT om vroeg mee te denken?',
              },
            ],
            developmentGoals: [{ text: 'Vaste contactpersoon per school in West', owner: 'chris.monitor' }],
            notes: 'Besproken in het programmateam.',
          },
        },
      ],
    });
    expect(submitted.status).toBe('submitted');
    state = await handle.query(cycleStateQuery);
    expect(state.overdueCheckpoints).toBe(0);
    expect(state.questions[0]!.reformulations).toHaveLength(2);
    await expect
      .poll(async () =>
        (await handle.describe()).typedSearchAttributes.get(searchAttributes.overdueCheckpoints),
      )
      .toBe(0);

    // At its end date the cycle closes by itself: what was left undone is listed, open questions carry over.
    const summary = await handle.result();
    expect(summary.closedBy).toBe('system');
    expect(summary.carriedOverQuestions.map((q) => q.number)).toEqual([1]);
    expect(summary.unrecordedOccurrences.length).toBeGreaterThan(0);
    expect(summary.unsubmittedCheckpoints.map((c) => c.title)).toEqual(['Gezamenlijke eindevaluatie']);
    state = await handle.query(cycleStateQuery);
    expect(state.status).toBe('closed');
    expect(state.occurrences.filter((o) => o.status === 'planned')).toEqual([]);
    expect(Date.now() - wallStart).toBeLessThan(60_000);
  });

  it('refuses bad commands in validators, leaving no trace in history, and refuses all once closed', async () => {
    const now = new Date(await system.env.currentTimeMs());
    const input = launchInput(now, { programmeId: 'validators', number: 1 });
    const handle = await start(launchFrom(input), input.requestId);
    const eventsBefore = await settledHistoryLength(handle);

    const refusal = (promise: Promise<unknown>) =>
      promise.then(
        () => 'accepted',
        (error: Error & { cause?: Error }) => error.cause?.message ?? error.message,
      );
    const send = (update: typeof addQuestionUpdate, body: unknown) =>
      refusal(handle.executeUpdate(update, { args: [body as never] }));

    expect(
      await send(addQuestionUpdate, { by: monitor, input: { text: '', raisedIn: 'learningSession' } }),
    ).toMatch(/text: .*level: .*category/s);
    expect(
      await send(addQuestionUpdate, {
        by: monitor,
        input: {
          text: 'Casus van Jan, geboren 12-03-2015',
          raisedIn: 'parents',
          level: 'practice',
          category: 'safety',
        },
      }),
    ).toMatch(/text: looks like a date of birth/);
    expect(
      await send(addQuestionUpdate, {
        by: monitor,
        input: { text: 'Vraag', raisedIn: 'parents', level: 'practice', category: 'astrologie' },
      }),
    ).toMatch(/category: "astrologie" is not one of this programme's categories/);
    expect(
      await refusal(
        handle.executeUpdate(recordSessionUpdate, {
          args: [
            {
              by: monitor,
              input: {
                occurrenceId: (await handle.query(cycleStateQuery)).occurrences.at(-1)!.id,
                record: {
                  attendance: { swtProfessionals: 3, partnerProfessionals: 0, parentsOrGuardians: 0 },
                  organisations: [],
                  caseCodes: [],
                  questionNumbers: [],
                  notes: '',
                },
              },
            },
          ],
        }),
      ),
    ).toMatch(/has not started yet/);
    expect(
      await send(updateQuestionUpdate as never, { by: monitor, input: { questionNumber: 7, text: 'x' } }),
    ).toMatch(/question 7 is not on this cycle's agenda/);

    // The time-skipping server writes a workflow task for each refused update (it has no speculative tasks;
    // the real server leaves no event at all, checked in tests/api): no update itself may reach history.
    const history = await handle.fetchHistory();
    const added = (history.events ?? []).slice(eventsBefore);
    expect(added.filter((event) => !isWorkflowTaskEvent(event))).toEqual([]);
    const updateEvents = (history.events ?? []).filter(
      (event) =>
        event.workflowExecutionUpdateAcceptedEventAttributes ||
        event.workflowExecutionUpdateRejectedEventAttributes ||
        event.workflowExecutionUpdateAdmittedEventAttributes,
    );
    expect(updateEvents).toEqual([]);

    await handle.executeUpdate(closeCycleUpdate, {
      args: [{ by: 'anna.projectleider', input: { reason: 'test' } }],
    });
    await handle.result();
    const closedHistory = (await handle.fetchHistory()).events?.length;
    const afterClose = await refusal(
      handle.executeUpdate(addQuestionUpdate, {
        args: [
          {
            by: monitor,
            input: {
              text: 'Nog een vraag',
              raisedIn: 'parents',
              level: 'practice',
              category: 'safety',
              district: null,
              occurrenceId: null,
              responsible: null,
            },
          },
        ],
      }),
    );
    // Closed and finished: the server itself refuses (the test server says the update is not found), and
    // nothing is written.
    expect(afterClose).toMatch(/already completed|not found/i);
    expect((await handle.describe()).status.name).toBe('COMPLETED');
    expect((await handle.fetchHistory()).events?.length).toBe(closedHistory);
  });
});
