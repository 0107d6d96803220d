import { and, asc, eq } from 'drizzle-orm';
import type { QuestionAction } from '@leercyclus/domain';
import { expect, it } from 'vitest';
import { questionActionEffects, questionActions } from '../schema/index.js';
import { cycleEventsFor, eachBackend } from '../testing/index.js';
import { questionsOf } from '../repositories/questions.js';
import { applyCycleEvents } from './apply.js';

const tried: QuestionAction = {
  number: 1,
  text: 'De intern begeleider schuift aan bij de leersessie',
  takenBy: 'chris.monitor',
  startsOn: '2026-01-12',
  recordedBy: 'chris.monitor',
  recordedAt: '2026-01-12T09:00:00.000Z',
  effects: [],
};

eachBackend('a question’s actions in the record', (current) => {
  async function actionsOf(cycleId: string) {
    const { db } = current();
    const actions = await db
      .select()
      .from(questionActions)
      .where(eq(questionActions.processId, cycleId))
      .orderBy(asc(questionActions.actionNumber));
    const effects = await db
      .select()
      .from(questionActionEffects)
      .where(and(eq(questionActionEffects.processId, cycleId), eq(questionActionEffects.actionNumber, 1)))
      .orderBy(asc(questionActionEffects.position));
    return { actions, effects };
  }

  it('keeps each action with its effects, a later judgement next to the earlier one', async () => {
    const { db } = current();
    const events = cycleEventsFor('acties', 1);
    const question = { number: 1, text: 'Hoe werken we samen met school?' };
    await applyCycleEvents(db, [
      events.cycle(),
      events.question(question),
      events.question({ ...question, actions: [tried] }),
      events.question({
        ...question,
        actions: [
          {
            ...tried,
            effects: [
              {
                text: 'Nog niets te zien',
                observedOn: '2026-02-02',
                judgedBy: 'bram.coordinator',
                helped: 'tooEarly',
                recordedBy: 'chris.monitor',
                recordedAt: '2026-02-02T10:00:00.000Z',
              },
              {
                text: 'School belt nu zelf het wijkteam',
                observedOn: '2026-03-02',
                judgedBy: 'bram.coordinator',
                helped: 'yes',
                recordedBy: 'chris.monitor',
                recordedAt: '2026-03-02T10:00:00.000Z',
              },
            ],
          },
          { ...tried, number: 2, text: 'Een vast aanspreekpunt per school', startsOn: '2026-02-09' },
        ],
      }),
    ]);

    const { actions, effects } = await actionsOf(events.cycleId);
    expect(actions.map((a) => [a.actionNumber, a.text, a.takenBy, a.startsOn])).toEqual([
      [1, tried.text, 'chris.monitor', '2026-01-12'],
      [2, 'Een vast aanspreekpunt per school', 'chris.monitor', '2026-02-09'],
    ]);
    expect(effects.map((e) => [e.position, e.helped, e.observedOn, e.judgedBy])).toEqual([
      [0, 'tooEarly', '2026-02-02', 'bram.coordinator'],
      [1, 'yes', '2026-03-02', 'bram.coordinator'],
    ]);
    expect(effects[1]!.recordedAt.toISOString()).toBe('2026-03-02T10:00:00.000Z');
    // Read back, as a carried-over question or a closed cycle's page reads them: the same actions.
    const [read] = await questionsOf(db, events.cycleId);
    expect(read!.actions!.map((a) => [a.number, a.effects.map((e) => e.helped)])).toEqual([
      [1, ['tooEarly', 'yes']],
      [2, []],
    ]);
  });

  it('writes a question from before actions were kept without any', async () => {
    const { db } = current();
    const events = cycleEventsFor('zonder-acties', 1);
    await applyCycleEvents(db, [events.cycle(), events.question({ number: 1, text: 'Wat werkt?' })]);
    expect((await actionsOf(events.cycleId)).actions).toEqual([]);
  });
});
