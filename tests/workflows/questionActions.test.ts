import { describe, expect, it } from 'vitest';
import { asc, eq } from 'drizzle-orm';
import { tables } from '@leercyclus/db';
import { addDays, type AddQuestionInput, type Command } from '@leercyclus/domain';
import {
  addQuestionActionUpdate,
  addQuestionUpdate,
  cycleStateQuery,
  learningCycleStartOptions,
  recordActionEffectUpdate,
  type learningCycle,
} from '@leercyclus/workflows';
import { isWorkflowTaskEvent, settledHistoryLength } from '../support/history.js';
import { launchFrom, launchInput } from '../support/launches.js';
import { useSystem } from '../support/system.js';

const monitor = 'chris.monitor';
const coordinator = 'bram.coordinator';

const question: Command<AddQuestionInput> = {
  by: monitor,
  input: {
    text: 'Hoe krijgen we school eerder aan tafel?',
    district: null,
    raisedIn: 'learningSession',
    occurrenceId: null,
    level: 'team',
    category: 'education',
    responsible: null,
  },
};

const refusalOf = (update: Promise<unknown>) =>
  update.then(
    () => 'accepted',
    (error: Error & { cause?: Error }) => error.cause?.message ?? error.message,
  );

describe('actions on a question and their effects, on the time-skipping server', () => {
  const system = useSystem('timeSkipping');

  async function launch(programmeId: string) {
    const input = launchInput(new Date(await system.env.currentTimeMs()), { programmeId, number: 1 });
    const handle = await system.env.client.workflow.start<typeof learningCycle>(
      'learningCycle',
      learningCycleStartOptions(launchFrom(input), input.requestId),
    );
    await handle.executeUpdate(addQuestionUpdate, { args: [question] });
    return { handle, startsOn: input.startsOn };
  }

  it('keeps what was tried, by whom and from when, and every effect judged since', async () => {
    const { handle, startsOn } = await launch('acties');
    const action = {
      questionNumber: 1,
      text: 'De intern begeleider schuift aan',
      takenBy: monitor,
      startsOn,
    };
    // The same request twice (a double click) adds one action.
    for (let i = 0; i < 2; i += 1) {
      await handle.executeUpdate(addQuestionActionUpdate, {
        args: [{ by: monitor, input: action }],
        updateId: 'actie-1',
      });
    }
    const effect = (helped: 'tooEarly' | 'yes', days: number, text: string) =>
      handle.executeUpdate(recordActionEffectUpdate, {
        args: [
          {
            by: monitor,
            input: {
              questionNumber: 1,
              actionNumber: 1,
              text,
              observedOn: addDays(startsOn, days),
              judgedBy: coordinator,
              helped,
            },
          },
        ],
      });
    await effect('tooEarly', 14, 'Nog niets te merken');
    const answered = await effect('yes', 42, 'School belt nu zelf het wijkteam');

    expect(answered.actions).toEqual([
      expect.objectContaining({
        number: 1,
        text: action.text,
        takenBy: monitor,
        startsOn,
        recordedBy: monitor,
        effects: [
          expect.objectContaining({
            helped: 'tooEarly',
            observedOn: addDays(startsOn, 14),
            judgedBy: coordinator,
          }),
          expect.objectContaining({ helped: 'yes', text: 'School belt nu zelf het wijkteam' }),
        ],
      }),
    ]);
    expect((await handle.query(cycleStateQuery)).questions[0]!.actions).toEqual(answered.actions);

    const { questionActions, questionActionEffects } = tables;
    await expect
      .poll(
        async () =>
          (
            await system.record.db
              .select({ helped: questionActionEffects.helped })
              .from(questionActionEffects)
              .where(eq(questionActionEffects.processId, handle.workflowId))
              .orderBy(asc(questionActionEffects.position))
          ).map((row) => row.helped),
        { timeout: 30_000 },
      )
      .toEqual(['tooEarly', 'yes']);
    expect(
      await system.record.db.$count(questionActions, eq(questionActions.processId, handle.workflowId)),
    ).toBe(1);
    await handle.terminate('test done');
  });

  it('refuses an effect on an action that does not exist or before the action started, leaving no trace', async () => {
    const { handle, startsOn } = await launch('acties-fout');
    await handle.executeUpdate(addQuestionActionUpdate, {
      args: [
        { by: monitor, input: { questionNumber: 1, text: 'Vast aanspreekpunt', takenBy: monitor, startsOn } },
      ],
    });
    const before = await settledHistoryLength(handle);
    const effect = (actionNumber: number, observedOn: string) =>
      refusalOf(
        handle.executeUpdate(recordActionEffectUpdate, {
          args: [
            {
              by: monitor,
              input: {
                questionNumber: 1,
                actionNumber,
                text: 'Werkt',
                observedOn,
                judgedBy: coordinator,
                helped: 'yes',
              },
            },
          ],
        }),
      );
    expect(await effect(2, startsOn)).toMatch(/^actionNumber: question 1 has no action 2/);
    expect(await effect(1, addDays(startsOn, -1))).toMatch(/^observedOn: the effect cannot be seen before/);
    expect(
      await refusalOf(
        handle.executeUpdate(addQuestionActionUpdate, {
          args: [{ by: monitor, input: { questionNumber: 9, text: 'Iets', takenBy: monitor, startsOn } }],
        }),
      ),
    ).toMatch(/^questionNumber: question 9 is not on this cycle's agenda/);
    const added = ((await handle.fetchHistory()).events ?? []).slice(before);
    expect(added.filter((event) => !isWorkflowTaskEvent(event))).toEqual([]);
    expect((await handle.query(cycleStateQuery)).questions[0]!.actions![0]!.effects).toEqual([]);
    await handle.terminate('test done');
  });
});
