import { DateTime } from 'luxon';
import { z } from 'zod';
import { checkpointPath, overdueCheckpointsPath } from '../panelPaths.js';
import { messageKind, type MessageContent } from './content.js';
import { dutchDateTime } from './dutchDates.js';

const checkpointSchema = z.object({
  processId: z.string(),
  processTitle: z.string(),
  checkpointId: z.string(),
  title: z.string(),
  ownerName: z.string().nullable(),
  dueAt: z.string(),
});

const payloadSchema = z.object({
  /** The ISO week it is for, `2026-W49`. */
  week: z.string(),
  timeZone: z.string(),
  /** The programmes it covers, by name. */
  programmes: z.array(z.string()),
  overdue: z.array(checkpointSchema),
  dueSoon: z.array(checkpointSchema),
});
export type WeeklyDigestPayload = z.infer<typeof payloadSchema>;

function programmes(names: readonly string[]): string {
  const quoted = names.map((name) => `‘${name}’`);
  return quoted.length === 1
    ? `het programma ${quoted[0]}, dat je coördineert,`
    : `de programma's die je coördineert (${quoted.join(', ')})`;
}

/**
 * A coordinator's Monday overview: the overdue checkpoints of the programmes they coordinate and those due in the
 * next seven days. Not mandatory (the overdue list in the panel says the same); only queued when there is
 * something in it.
 */
export const weeklyDigest = messageKind({
  payload: payloadSchema,
  mandatory: () => false,
  content(payload): MessageContent {
    const item = (prefix: string) => (c: z.infer<typeof checkpointSchema>) => ({
      heading: `${prefix}${c.title} — ${c.processTitle}`,
      facts: [
        { label: 'Termijn', value: dutchDateTime(c.dueAt, payload.timeZone) },
        ...(c.ownerName ? [{ label: 'Eigenaar', value: c.ownerName }] : []),
      ],
      path: checkpointPath(c.processId, c.checkpointId),
    });
    const week = payload.week.replace(/^(\d{4})-W0?(\d+)$/, 'week $2 van $1');
    return {
      subject: `Leercyclus, ${week}: ${payload.overdue.length} te laat, ${payload.dueSoon.length} binnen een week`,
      paragraphs: [
        `Dit zijn de evaluatiemomenten van ${programmes(payload.programmes)} die te laat zijn of in de ` +
          'komende zeven dagen vallen.',
      ],
      facts: [
        { label: 'Te laat', value: String(payload.overdue.length) },
        { label: 'Binnen zeven dagen', value: String(payload.dueSoon.length) },
      ],
      items: [...payload.overdue.map(item('Te laat: ')), ...payload.dueSoon.map(item(''))],
      action: { label: 'Te late evaluaties openen', path: overdueCheckpointsPath },
    };
  },
});

/** The weekly digest goes out on Monday from this hour, in the person's zone. */
export const weeklyDigestHour = 8;

/**
 * The ISO week (`2026-W49`) whose digest is due at this moment in the zone: on Monday from 08:00 local time until
 * the day ends; null on every other moment. A run that misses Monday sends none for that week: its news is stale.
 */
export function weeklyDigestWeek(now: Date, timeZone: string): string | null {
  const local = DateTime.fromJSDate(now, { zone: timeZone });
  if (local.weekday !== 1 || local.hour < weeklyDigestHour) return null;
  return `${local.weekYear}-W${String(local.weekNumber).padStart(2, '0')}`;
}
