import type { CalendarEntry } from '@leercyclus/calendar';
import { listPeople, type CalendarFeed } from '@leercyclus/db';
import { programmeOfCycle, type SignedIn } from '@leercyclus/domain';
import { grantingIn, programme } from '../access/grants.js';
import { programmeReaders } from '../routers/cycles/launchAndRead.js';
import { cycleEntries } from './cycleEntries.js';
import { personEntries } from './personEntries.js';
import type { FeedReader } from './reader.js';

/**
 * What a feed shows its person now, and the calendar's name; null when they may no longer see it (a cycle of a
 * programme they left) or the cycle is gone.
 */
export async function feedContents(
  reader: FeedReader,
  feed: CalendarFeed,
  signedIn: SignedIn,
): Promise<{ name: string; entries: CalendarEntry[] } | null> {
  if (feed.scope === 'person') {
    return { name: signedIn.person.name, entries: await personEntries(reader, signedIn) };
  }
  if (grantingIn(signedIn, programmeReaders, [programme(programmeOfCycle(feed.cycleId))]).length === 0)
    return null;
  const names = new Map((await listPeople(reader.db)).map((person) => [person.id, person.name]));
  const everything = { occurrence: () => true, checkpoint: () => true };
  const cycle = await cycleEntries(reader, feed.cycleId, everything, (id) => names.get(id) ?? id);
  return cycle ? { name: cycle.state.title, entries: cycle.entries } : null;
}
