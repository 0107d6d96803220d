import { describe, expect, it } from 'vitest';
import { addDays, endOfDate } from '@leercyclus/domain';
import { cycleStateQuery, learningCycleStartOptions, searchAttributes } from '@leercyclus/workflows';
import { launchFrom, launchInput } from '../support/launches.js';
import { useSystem } from '../support/system.js';

describe('learningCycle on the time-skipping test server', () => {
  const system = useSystem('timeSkipping');

  it('turns the sessions of two districts due as two weeks pass, and keeps the rest planned', async () => {
    const now = new Date(await system.env.currentTimeMs());
    const input = launchInput(now, { number: 1 });
    const launch = launchFrom(input);
    const handle = await system.env.client.workflow.start(
      'learningCycle',
      learningCycleStartOptions(launch, input.requestId),
    );

    const atStart = await handle.query(cycleStateQuery);
    expect(atStart.status).toBe('running');
    expect(atStart.occurrences.length).toBeGreaterThanOrEqual(24);
    expect(atStart.occurrences.every((o) => o.status === 'planned')).toBe(true);
    expect(atStart.nextEventAt).toBe(atStart.occurrences[0]!.startsAt);

    // Sleep to the end of the cycle's fourteenth day, whatever weekday and hour the test runs at.
    const twoWeeksIn = endOfDate(addDays(input.startsOn, 13), 'Europe/Amsterdam').getTime();
    await system.env.sleep(twoWeeksIn - now.getTime());
    const later = await handle.query(cycleStateQuery);
    const nowMs = await system.env.currentTimeMs();
    const due = later.occurrences.filter((o) => o.status === 'due' && o.kind === 'learningSession');
    // Any fourteen days hold two Tuesdays and two Thursdays.
    expect(due.map((o) => o.district).sort()).toEqual(['West', 'West', 'Zuid', 'Zuid']);
    expect(due.every((o) => Date.parse(o.startsAt) <= nowMs)).toBe(true);
    const planned = later.occurrences.filter((o) => o.status === 'planned');
    expect(planned.every((o) => Date.parse(o.startsAt) > nowMs)).toBe(true);
    expect(later.nextEventAt).toBe(planned[0]!.startsAt);

    const description = await handle.describe();
    expect(description.typedSearchAttributes.get(searchAttributes.nextEventAt)?.toISOString()).toBe(
      later.nextEventAt,
    );
    await handle.terminate('test done');
  });

  it('ends at the end of its last day with every session due', async () => {
    const now = new Date(await system.env.currentTimeMs());
    const input = launchInput(now, { number: 2, endsOn: undefined });
    const launch = launchFrom(input);
    const handle = await system.env.client.workflow.start(
      'learningCycle',
      learningCycleStartOptions(launch, input.requestId),
    );

    const summary = await handle.result();
    const endOfLastDay = Date.parse(`${launch.endsOn}T23:00:00Z`); // midnight Amsterdam is 22:00 or 23:00 UTC
    expect(Date.parse(summary.closedAt)).toBeGreaterThanOrEqual(endOfLastDay - 3_600_000);
    expect(Date.parse(summary.closedAt)).toBeLessThanOrEqual(endOfLastDay + 60_000);
    const state = await handle.query(cycleStateQuery);
    expect(state.status).toBe('closed');
    expect(state.nextEventAt).toBeNull();
    expect(summary.unrecordedOccurrences).toHaveLength(state.occurrences.length);
    expect(state.occurrences.every((o) => o.status === 'due')).toBe(true);
  });
});
