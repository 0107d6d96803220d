import { expect, it } from 'vitest';
import { applyCycleEvents } from '../cycleEvents/apply.js';
import { upsertProcess } from '../upsertProcess.js';
import { recordFailureKind } from '../recordFailure.js';
import { aProgramme, cycleEventsFor, eachBackend } from '../testing/index.js';
import { cycleLaunchSlot } from './cycleLaunch.js';

eachBackend('cycleLaunchSlot', (current) => {
  it('finds a free number of a programme that is not registered', async () => {
    expect(await cycleLaunchSlot(current().db, 'los', 1)).toEqual({ programme: null, taken: null });
  });

  it("brings a registered programme's categories and table, and the cycle that holds the number", async () => {
    const { db } = current();
    const programme = await aProgramme(db, 'bezet');
    const first = cycleEventsFor('bezet', 1);
    await applyCycleEvents(db, [
      first.cycle({ requestId: 'launch-bezet-1', title: 'Eerste cyclus' }),
      // A later report without the request id keeps the one the launch sent.
      first.cycle({ title: 'Eerste cyclus', status: 'closed' }),
    ]);
    expect(await cycleLaunchSlot(db, 'bezet', 1)).toEqual({
      programme: { questionCategories: programme.questionCategories, managementTable: 'mt-jeugd' },
      taken: { workflowId: first.cycleId, title: 'Eerste cyclus', requestId: 'launch-bezet-1' },
    });
    expect((await cycleLaunchSlot(db, 'bezet', 2)).taken).toBeNull();
  });

  it('holds a programme and number once, whatever the workflow id', async () => {
    const { db } = current();
    const error = await db
      .transaction((tx) =>
        upsertProcess(
          tx,
          {
            workflowId: 'cycle/bezet/1-bis',
            kind: 'learningCycle',
            programmeId: 'bezet',
            number: 1,
            title: 'Dubbel',
            status: 'running',
            timeZone: 'Europe/Amsterdam',
            startsOn: '2026-01-05',
          },
          new Date(),
        ),
      )
      .then(
        () => undefined,
        (caught: unknown) => caught,
      );
    expect(recordFailureKind(error)).toBe('invalid');
  });
});
