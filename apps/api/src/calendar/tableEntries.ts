import { TRPCError } from '@trpc/server';
import { tableMeetingEntry, type CalendarEntry } from '@leercyclus/calendar';
import { monthlyMeetingsBetween, tableInboxPath, tableWorkflowId } from '@leercyclus/domain';
import { tableState } from '../temporal/tableState.js';
import { feedWindow, type FeedReader } from './reader.js';

/**
 * A management table's monthly meetings within the feed's window, as its current configuration dates them (the
 * table's workflow holds it; a table without meetings, or not running, has none).
 */
export async function tableEntries(reader: FeedReader, slug: string): Promise<CalendarEntry[]> {
  const state = await tableState(reader.temporal, slug).catch((error: unknown) => {
    if (error instanceof TRPCError && error.code === 'NOT_FOUND') return undefined;
    throw error;
  });
  const config = state?.config;
  if (!config?.meeting) return [];
  const { since, until } = feedWindow(reader.now);
  const page = {
    processId: tableWorkflowId(slug),
    title: config.name,
    timeZone: config.timeZone,
    path: tableInboxPath(slug),
  };
  return monthlyMeetingsBetween(since, until, config.meeting, config.timeZone).map((startsAt) =>
    tableMeetingEntry(reader.site, page, startsAt),
  );
}
