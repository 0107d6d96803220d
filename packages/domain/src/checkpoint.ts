import { z } from 'zod';
import { addDays, clockTimeInZone, dateInZone, zonedInstant } from './calendar.js';
import { decisionSchema } from './escalation.js';

export const reminderCadenceSchema = z.object({
  /** Reminders at 09:00 local time this many days before the due date (0 = the morning of the due day). */
  daysBefore: z.array(z.number().int().min(0).max(60)).max(10).default([7, 0]),
  /** While overdue, a reminder every this many days after the due moment. */
  overdueEveryDays: z.number().int().min(1).max(60).default(3),
});
export type ReminderCadence = z.infer<typeof reminderCadenceSchema>;

export const reminderKinds = ['before', 'onDay', 'overdue', 'manual'] as const;
export const reminderSchema = z.object({
  id: z.string(),
  checkpointId: z.string(),
  kind: z.enum(reminderKinds),
  at: z.string(),
  recipient: z.string(),
  sentBy: z.string().nullable(),
});
export type Reminder = z.infer<typeof reminderSchema>;

export const developmentGoalSchema = z.object({ text: z.string(), owner: z.string().nullable() });

export const evaluationSchema = z.object({
  checkpointId: z.string(),
  /** Questions whose wording the evaluation sharpened, with the new wording. */
  sharpenedQuestions: z.array(z.object({ questionNumber: z.number().int().positive(), text: z.string() })),
  developmentGoals: z.array(developmentGoalSchema),
  notes: z.string(),
  submittedBy: z.string(),
  submittedAt: z.string(),
});
export type Evaluation = z.infer<typeof evaluationSchema>;

export const checkpointStatuses = ['pending', 'overdue', 'submitted'] as const;
export const checkpointSchema = z.object({
  id: z.string(),
  title: z.string(),
  owner: z.string(),
  dueAt: z.string(),
  cadence: z.object({ daysBefore: z.array(z.number()), overdueEveryDays: z.number() }),
  status: z.enum(checkpointStatuses),
  /** How many of the cadence's reminder slots have passed and been handled (see reminderSlotAt). */
  slotsHandled: z.number().int().min(0),
  remindersSent: z.array(reminderSchema),
  evaluation: evaluationSchema.nullable(),
  /** When it was escalated to a management table for staying overdue too long. */
  escalatedAt: z.string().nullable().optional(),
  /** That escalation and, once the table has answered, its decision, shown on the checkpoint. */
  escalation: z
    .object({ id: z.string(), table: z.string(), raisedAt: z.string(), decision: decisionSchema.nullable() })
    .nullable()
    .optional(),
});
export type Checkpoint = z.infer<typeof checkpointSchema>;

const dayMs = 86_400_000;
const hourMs = 3_600_000;

/**
 * `local`: reminders step in local days (an overdue reminder keeps its clock time across daylight saving) and
 * the on-the-day reminder comes two hours before a due moment at or before 09:00. `legacy`: how processes
 * started before that keep replaying (24-hour steps; no on-the-day reminder for an early due moment).
 */
export type ReminderRules = 'local' | 'legacy';

/** The slots of a cadence in time order: the reminders before the due moment, then one every n days overdue. */
export function reminderSlotAt(
  checkpoint: Pick<Checkpoint, 'dueAt' | 'cadence'>,
  slot: number,
  timeZone: string,
  rules: ReminderRules = 'local',
): { at: number; kind: Reminder['kind'] } {
  const dueAt = Date.parse(checkpoint.dueAt);
  const dueDate = dateInZone(new Date(dueAt), timeZone);
  const before = [...new Set(checkpoint.cadence.daysBefore)]
    .sort((a, b) => b - a)
    .map((days) => {
      const morning = zonedInstant(addDays(dueDate, -days), '09:00', timeZone).getTime();
      const early = rules === 'local' && days === 0 && morning >= dueAt;
      return {
        at: early ? dueAt - 2 * hourMs : Math.min(morning, dueAt),
        kind: days === 0 ? ('onDay' as const) : ('before' as const),
      };
    });
  if (slot < before.length) return before[slot]!;
  const days = (slot - before.length + 1) * checkpoint.cadence.overdueEveryDays;
  const at =
    rules === 'local'
      ? zonedInstant(addDays(dueDate, days), clockTimeInZone(new Date(dueAt), timeZone), timeZone).getTime()
      : dueAt + days * dayMs;
  return { at, kind: 'overdue' };
}

/**
 * The reminder slot that has fallen due by now, if any. When several slots passed at once (a cycle registered
 * after the fact, a worker that was down) only the latest counts: one reminder, not a burst of stale ones. A
 * reminder meant for before the due moment is not sent once that moment has passed (`send` is false): the
 * slot is only marked handled.
 */
export function dueReminderSlot(
  checkpoint: Pick<Checkpoint, 'dueAt' | 'cadence' | 'slotsHandled'>,
  now: number,
  timeZone: string,
  rules: ReminderRules = 'local',
): { slot: number; kind: Reminder['kind']; send: boolean } | undefined {
  let latest: number | undefined;
  const slotAt = (slot: number) => reminderSlotAt(checkpoint, slot, timeZone, rules);
  for (let slot = checkpoint.slotsHandled; slotAt(slot).at <= now; slot += 1) latest = slot;
  if (latest === undefined) return undefined;
  const { kind } = slotAt(latest);
  return { slot: latest, kind, send: kind === 'overdue' || now < Date.parse(checkpoint.dueAt) };
}
