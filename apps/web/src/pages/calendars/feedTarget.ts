import type { RouterOutputs } from '@leercyclus/api';

/** What a subscription shows: everything the signed-in person takes part in, or one cycle. */
export type FeedTarget =
  { scope: 'person' } | { scope: 'cycle'; programmeId: string; number: number; cycleId: string };

export type Feed = RouterOutputs['calendars']['mine'][number];

/** The person's feeds of this target. */
export function feedsOf(feeds: readonly Feed[], target: FeedTarget): Feed[] {
  return feeds.filter((feed) =>
    target.scope === 'person' ? feed.scope === 'person' : feed.cycleId === target.cycleId,
  );
}
