import proto from '@temporalio/proto';
import { describe, expect, it } from 'vitest';
import { decodedPayloadValue } from '@leercyclus/codec';
import { addDays, type AddQuestionInput, type Command } from '@leercyclus/domain';
import {
  addQuestionUpdate,
  cycleStateQuery,
  learningCycleStartOptions,
  recordSessionUpdate,
  updateQuestionUpdate,
} from '@leercyclus/workflows';
import { launchFrom, launchInput } from '../support/launches.js';
import { recordedAgenda } from '../support/record.js';
import { useSystem } from '../support/system.js';
import { testDataConverter } from '../support/temporal.js';

/** Temporal warns at 10,240 events or 10 MiB of history per run, and fails a run at 51,200 events or 50 MiB. */
const warningEvents = 10_240;
const warningBytes = 10 * 1024 * 1024;

describe('history of a heavy cycle', () => {
  const system = useSystem('timeSkipping');

  it('stays well inside the limits with 3 districts, 14 weeks and 500 agenda changes, losing nothing', async () => {
    const now = new Date(await system.env.currentTimeMs());
    const input = launchInput(now, {
      programmeId: 'zware-cyclus',
      number: 1,
      endsOn: addDays(addDays(launchInput(now).startsOn, 7 * 14), -1),
      districts: [
        { name: 'West', weekday: 'thursday', startTime: '13:30', durationMinutes: 120 },
        { name: 'Zuid', weekday: 'tuesday', startTime: '13:00', durationMinutes: 120 },
        { name: 'Noord', weekday: 'wednesday', startTime: '09:30', durationMinutes: 120 },
      ],
      programmeTeam: { weekday: 'monday', startTime: '10:00', durationMinutes: 90 },
    });
    const handle = await system.env.client.workflow.start(
      'learningCycle',
      learningCycleStartOptions(launchFrom(input), input.requestId),
    );
    const by = 'chris.monitor';

    // 100 questions, each reformulated four times: 500 agenda changes, spread over the weeks between sessions.
    const sessions = (await handle.query(cycleStateQuery)).occurrences.filter(
      (o) => o.kind !== 'programmeTeamMeeting',
    );
    let changes = 0;
    const additions = new Map<string, Command<AddQuestionInput>>();
    for (const [index, session] of sessions.entries()) {
      const wait = Date.parse(session.startsAt) + 60_000 - (await system.env.currentTimeMs());
      if (wait > 0) await system.env.sleep(wait);
      const share = Math.ceil((500 - changes) / (sessions.length - index));
      for (let i = 0; i < share && changes < 500; i += 1, changes += 1) {
        const questionNumber = Math.floor(changes / 5) + 1;
        const updateId = `change-${changes}`;
        if (changes % 5 === 0) {
          const command: Command<AddQuestionInput> = {
            by,
            input: {
              text: `Leervraag ${questionNumber}, eerste formulering`,
              district: session.district,
              raisedIn: 'learningSession',
              occurrenceId: session.id,
              level: 'team',
              category: 'collaborationWithPartners',
              responsible: null,
            },
          };
          additions.set(updateId, command);
          await handle.executeUpdate(addQuestionUpdate, { args: [command], updateId });
        } else {
          await handle.executeUpdate(updateQuestionUpdate, {
            args: [
              {
                by,
                input: { questionNumber, text: `Leervraag ${questionNumber}, versie ${(changes % 5) + 1}` },
              },
            ],
            updateId,
          });
        }
      }
      await handle.executeUpdate(recordSessionUpdate, {
        args: [
          {
            by,
            input: {
              occurrenceId: session.id,
              record: {
                attendance: { swtProfessionals: 8, partnerProfessionals: 4, parentsOrGuardians: 0 },
                organisations: ['Jeugdhulp Rijnmond'],
                caseCodes: [],
                questionNumbers: [],
                notes: '',
              },
            },
          },
        ],
      });
    }
    expect(changes).toBe(500);

    // A client's retry that straddles continue-as-new: the first run's last new question, sent again with its
    // update id to the next run, is answered with the same question and changes nothing.
    const firstRun = await system.env.client.workflow
      .getHandle(handle.workflowId, handle.firstExecutionRunId)
      .fetchHistory();
    const acceptedIds = (firstRun.events ?? []).flatMap((e) => {
      const id = e.workflowExecutionUpdateAcceptedEventAttributes?.acceptedRequest?.meta?.updateId;
      return id ? [id] : [];
    });
    const straddling = acceptedIds.filter((id) => additions.has(id)).at(-1)!;
    expect((await handle.describe()).runId).not.toBe(handle.firstExecutionRunId);
    const before = await handle.query(cycleStateQuery);
    const again = await handle.executeUpdate(addQuestionUpdate, {
      args: [additions.get(straddling)!],
      updateId: straddling,
    });
    const original = before.questions.find((q) => q.number === again.number)!;
    expect(again.text).toBe(additions.get(straddling)!.input.text);
    expect(again.raisedAt).toBe(original.raisedAt);
    const beforeClose = await handle.query(cycleStateQuery);
    expect(beforeClose.questions).toHaveLength(before.questions.length);
    const summary = await handle.result();

    // Follow the chain of runs (continue-as-new) and measure each run's history.
    const runs: { events: number; bytes: number }[] = [];
    let runId: string | undefined = handle.firstExecutionRunId;
    while (runId) {
      const history: proto.temporal.api.history.v1.IHistory = await system.env.client.workflow
        .getHandle(handle.workflowId, runId)
        .fetchHistory();
      const events: proto.temporal.api.history.v1.IHistoryEvent[] = history.events ?? [];
      runs.push({
        events: events.length,
        bytes: proto.temporal.api.history.v1.History.encode(history).finish().length,
      });
      runId = events.at(-1)?.workflowExecutionContinuedAsNewEventAttributes?.newExecutionRunId ?? undefined;
    }
    console.log(
      `heavy cycle: ${sessions.length} sessions recorded, 500 agenda changes, runs: ${JSON.stringify(runs)}`,
    );
    expect(runs.length).toBeGreaterThan(1);
    for (const run of runs) {
      expect(run.events).toBeLessThan(warningEvents);
      expect(run.bytes).toBeLessThan(warningBytes);
    }
    // The second run starts from the carried state alone: the launch is not carried again.
    const secondRun = await system.env.client.workflow.getHandle(handle.workflowId).fetchHistory();
    const started = secondRun.events?.[0]?.workflowExecutionStartedEventAttributes;
    expect(started?.continuedExecutionRunId).toBeTruthy();
    expect(await decodedPayloadValue(testDataConverter, started!.input!.payloads![0]!)).toBeNull();

    // The record holds what the workflow held, across both runs.
    await expect
      .poll(() => recordedAgenda(system.record.db, handle.workflowId), { timeout: 30_000 })
      .toEqual({ questions: 100, reformulations: 400, held: sessions.length });

    // Nothing lost across runs: every question with its four earlier wordings, every session held.
    expect(beforeClose.questions).toHaveLength(100);
    expect(beforeClose.questions.every((q) => q.reformulations.length === 4)).toBe(true);
    expect(beforeClose.occurrences.filter((o) => o.status === 'held')).toHaveLength(sessions.length);
    expect(summary.carriedOverQuestions).toHaveLength(100);
  });
});
