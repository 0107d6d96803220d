import { z } from 'zod';
import { escalationPath, tableInboxPath } from '../panelPaths.js';
import { messageKind, type MessageContent } from './content.js';
import { dutchDateTime } from './dutchDates.js';

const itemSchema = z.object({
  escalationId: z.string(),
  text: z.string(),
  /** Where it came from, in words ("vraag 3 van de leercyclus ‘…’"). */
  origin: z.string(),
  dueAt: z.string(),
  overdue: z.boolean(),
});

const payloadSchema = z.object({
  table: z.string(),
  tableName: z.string(),
  meetingAt: z.string(),
  timeZone: z.string(),
  /** The open items as the table held them a week before, overdue first, then by due moment. */
  items: z.array(itemSchema),
});
export type TableAgendaPayload = z.infer<typeof payloadSchema>;

/** Overdue first, then the soonest due: what the meeting must take first. */
export function agendaOrder(a: z.infer<typeof itemSchema>, b: z.infer<typeof itemSchema>): number {
  if (a.overdue !== b.overdue) return a.overdue ? -1 : 1;
  return a.dueAt < b.dueAt ? -1 : a.dueAt > b.dueAt ? 1 : 0;
}

/**
 * A management table's agenda, to each member a week before each meeting: its open items, overdue first. Not
 * mandatory: the inbox shows the same; a member who chose fewer messages finds it there.
 */
export const tableAgenda = messageKind({
  payload: payloadSchema,
  mandatory: () => false,
  content(payload): MessageContent {
    const meeting = dutchDateTime(payload.meetingAt, payload.timeZone);
    const items = [...payload.items].sort(agendaOrder);
    const overdue = items.filter((item) => item.overdue).length;
    const count = items.length === 1 ? '1 open punt' : `${items.length} open punten`;
    return {
      subject: `Agenda ${payload.tableName}, ${meeting}: ${items.length === 0 ? 'geen open punten' : count}`,
      paragraphs: [
        `Over een week vergadert ${payload.tableName}: ${meeting}.`,
        items.length === 0
          ? 'Er staan geen escalaties open.'
          : `Dit zijn de escalaties die open staan${overdue > 0 ? `, de ${overdue} te late eerst` : ''}.`,
      ],
      facts: [
        { label: 'Vergadering', value: meeting },
        { label: 'Open punten', value: String(items.length) },
      ],
      items: items.map((item) => ({
        heading: `${item.overdue ? 'Te laat: ' : ''}${item.text}`,
        facts: [
          { label: 'Afkomstig van', value: item.origin },
          { label: 'Antwoord uiterlijk', value: dutchDateTime(item.dueAt, payload.timeZone) },
        ],
        path: escalationPath(payload.table, item.escalationId),
      })),
      action: { label: 'Escalaties van de tafel openen', path: tableInboxPath(payload.table) },
    };
  },
});
