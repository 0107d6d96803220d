import { z } from 'zod';
import { escalationPath } from '../panelPaths.js';
import { messageKind, type MessageContent } from './content.js';
import { dutchDateTime } from './dutchDates.js';
import { escalationOriginSchema, originFacts, originWords } from './escalationWords.js';

const payloadSchema = escalationOriginSchema.extend({
  table: z.string(),
  tableName: z.string(),
  escalationId: z.string(),
  /** What is asked of the table (safe text: case codes only). */
  text: z.string(),
  why: z.string(),
  dueAt: z.string(),
  timeZone: z.string(),
  /** Raised on from a lower table, whose slug this is. */
  raisedFrom: z.string().nullable(),
});
export type EscalationNoticePayload = z.infer<typeof payloadSchema>;

/**
 * A management-table member's notice that a new item arrived on the table. Not mandatory: the table's agenda a
 * week before the meeting lists it again, so a member who wants fewer messages misses nothing.
 */
export const escalationNotice = messageKind({
  payload: payloadSchema,
  mandatory: () => false,
  content(payload): MessageContent {
    const due = dutchDateTime(payload.dueAt, payload.timeZone);
    return {
      subject: `Nieuw op ${payload.tableName}: ${payload.text}`,
      paragraphs: [
        `Er is een nieuwe escalatie voor ${payload.tableName}, van ${originWords(payload)}` +
          `${payload.raisedFrom ? `, doorgezet door de tafel ${payload.raisedFrom}` : ''}.`,
        `De tafel antwoordt uiterlijk ${due}.`,
      ],
      facts: [
        { label: 'Escalatie', value: payload.text },
        ...(payload.why ? [{ label: 'Waarom', value: payload.why }] : []),
        ...originFacts(payload),
        { label: 'Antwoord uiterlijk', value: due },
      ],
      action: { label: 'Escalatie openen', path: escalationPath(payload.table, payload.escalationId) },
    };
  },
});
