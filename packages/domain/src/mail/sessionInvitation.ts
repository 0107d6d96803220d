import { z } from 'zod';
import { occurrenceSchema } from '../cycleCalendar.js';
import { cyclePath } from '../panelPaths.js';
import { messageKind, type MessageContent } from './content.js';
import { dutchDateTime } from './dutchDates.js';

const payloadSchema = z.object({
  change: z.enum(['added', 'moved', 'cancelled']),
  processId: z.string(),
  programmeId: z.string(),
  number: z.number().int(),
  cycleTitle: z.string(),
  timeZone: z.string(),
  /** The session as the cycle recorded it with this change. */
  occurrence: occurrenceSchema,
  /** How often the record saw it move: with the cancellation, the invitation's SEQUENCE. */
  moves: z.number().int().min(0),
});
export type SessionInvitationPayload = z.infer<typeof payloadSchema>;

const kindWords = {
  learningSession: 'Leersessie',
  programmeTeamMeeting: 'Programmateamoverleg',
  partnerGathering: 'Partnerbijeenkomst',
} as const;

/**
 * An invitation (METHOD:REQUEST) to a session added to a cycle, its update when it moves, and its cancellation
 * (METHOD:CANCEL), for participants who asked for them. The calendar part carries the same UID as the feeds, so
 * a calendar that holds the session from a feed or an earlier invitation updates that one. Not mandatory: it is
 * sent only to who asked for it, and the feed says the same.
 */
export const sessionInvitation = messageKind({
  payload: payloadSchema,
  mandatory: () => false,
  content(payload): MessageContent {
    const { occurrence } = payload;
    const what = `${kindWords[occurrence.kind]}${occurrence.district ? ` ${occurrence.district}` : ''}`;
    const when = dutchDateTime(occurrence.startsAt, payload.timeZone);
    const from = occurrence.change?.movedFrom
      ? dutchDateTime(occurrence.change.movedFrom.startsAt, payload.timeZone)
      : null;
    const subject = {
      added: `Uitnodiging: ${what}, ${when}`,
      moved: `Verplaatst: ${what}, nu ${when}`,
      cancelled: `Afgelast: ${what}, ${when}`,
    }[payload.change];
    const said = {
      added: `Er is een ${what.toLowerCase()} toegevoegd aan de leercyclus ‘${payload.cycleTitle}’.`,
      moved: `De ${what.toLowerCase()} van de leercyclus ‘${payload.cycleTitle}’ is verplaatst${from ? ` van ${from}` : ''} naar ${when}.`,
      cancelled: `De ${what.toLowerCase()} van de leercyclus ‘${payload.cycleTitle}’ op ${when} gaat niet door.`,
    }[payload.change];
    return {
      subject,
      paragraphs: [
        said,
        payload.change === 'cancelled'
          ? 'Met de bijlage haalt je agenda de afspraak weg.'
          : 'Met de bijlage zet je de afspraak in je agenda, of werkt je agenda haar bij.',
      ],
      facts: [
        { label: 'Wat', value: what },
        { label: 'Wanneer', value: when },
        ...(from && payload.change === 'moved' ? [{ label: 'Was', value: from }] : []),
        ...(occurrence.change?.reason && payload.change !== 'added'
          ? [{ label: 'Reden', value: occurrence.change.reason }]
          : []),
        { label: 'Leercyclus', value: payload.cycleTitle },
      ],
      action: {
        label: 'Kalender van de leercyclus openen',
        path: cyclePath(payload.programmeId, payload.number, 'calendar'),
      },
      invitation: {
        method: payload.change === 'cancelled' ? 'CANCEL' : 'REQUEST',
        page: {
          processId: payload.processId,
          title: payload.cycleTitle,
          timeZone: payload.timeZone,
          path: cyclePath(payload.programmeId, payload.number, 'calendar'),
        },
        occurrence,
        moves: payload.moves,
      },
    };
  },
});
