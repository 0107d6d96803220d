import proto from '@temporalio/proto';
import { describe, expect, it } from 'vitest';
import { addDays } from '@leercyclus/domain';
import {
  addQuestionUpdate,
  cycleStateQuery,
  learningCycleStartOptions,
  recordSessionUpdate,
  updateQuestionUpdate,
} from '@leercyclus/workflows';
import { launchFrom, launchInput } from '../support/launches.js';
import { useSystem } from '../support/system.js';

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
    for (const [index, session] of sessions.entries()) {
      const wait = Date.parse(session.startsAt) + 60_000 - (await system.env.currentTimeMs());
      if (wait > 0) await system.env.sleep(wait);
      const share = Math.ceil((500 - changes) / (sessions.length - index));
      for (let i = 0; i < share && changes < 500; i += 1, changes += 1) {
        const questionNumber = Math.floor(changes / 5) + 1;
        if (changes % 5 === 0) {
          await handle.executeUpdate(addQuestionUpdate, {
            args: [
              {
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
              },
            ],
          });
        } else {
          await handle.executeUpdate(updateQuestionUpdate, {
            args: [
              {
                by,
                input: { questionNumber, text: `Leervraag ${questionNumber}, versie ${(changes % 5) + 1}` },
              },
            ],
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
    const beforeClose = await handle.query(cycleStateQuery);
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
    for (const run of runs) {
      expect(run.events).toBeLessThan(warningEvents);
      expect(run.bytes).toBeLessThan(warningBytes);
    }

    // Nothing lost across runs: every question with its four earlier wordings, every session held.
    expect(beforeClose.questions).toHaveLength(100);
    expect(beforeClose.questions.every((q) => q.reformulations.length === 4)).toBe(true);
    expect(beforeClose.occurrences.filter((o) => o.status === 'held')).toHaveLength(sessions.length);
    expect(summary.carriedOverQuestions).toHaveLength(100);
  });
});
