import { z } from 'zod';
import { reminderKinds } from '../checkpoint.js';
import { checkpointPath } from '../panelPaths.js';
import { messageKind, type MessageContent } from './content.js';
import { dutchDateTime } from './dutchDates.js';

const payloadSchema = z.object({
  /** The workflow id of the checkpoint's cycle or group. */
  processId: z.string(),
  /** The cycle's title or the group's question, when the record knew it. */
  processTitle: z.string().nullable(),
  checkpointId: z.string(),
  checkpointTitle: z.string(),
  reminderKind: z.enum(reminderKinds),
  dueAt: z.string().nullable(),
  timeZone: z.string(),
  /** Who sent a manual reminder, by name. */
  sentByName: z.string().nullable(),
});
export type CheckpointReminderPayload = z.infer<typeof payloadSchema>;

function processWords(payload: CheckpointReminderPayload): { kind: string; where: string } {
  const kind = payload.processId.startsWith('group/') ? 'actieleergroep' : 'leercyclus';
  return { kind, where: payload.processTitle ? ` van de ${kind} ‘${payload.processTitle}’` : '' };
}

function subject(payload: CheckpointReminderPayload, due: string | null): string {
  const what = `evaluatie ‘${payload.checkpointTitle}’`;
  switch (payload.reminderKind) {
    case 'before':
      return due ? `Herinnering: ${what} vóór ${due}` : `Herinnering: ${what}`;
    case 'onDay':
      return `Vandaag: ${what}`;
    case 'overdue':
      return `Te laat: ${what}`;
    case 'manual':
      return payload.sentByName ? `Herinnering van ${payload.sentByName}: ${what}` : `Herinnering: ${what}`;
  }
}

function ask(payload: CheckpointReminderPayload, due: string | null): string {
  switch (payload.reminderKind) {
    case 'before':
      return due ? `Wil je de evaluatie uiterlijk ${due} indienen?` : 'Wil je de evaluatie op tijd indienen?';
    case 'onDay':
      return due
        ? `Vandaag is de termijn (${due}). Wil je de evaluatie vandaag indienen?`
        : 'Wil je de evaluatie vandaag indienen?';
    case 'overdue':
      return (
        `${due ? `De termijn was ${due} en de` : 'De'} evaluatie is nog niet ingediend. Wil je haar zo snel ` +
        'mogelijk indienen? Tot dan staat dit evaluatiemoment op de lijst met te late evaluaties.'
      );
    case 'manual':
      return (
        `${payload.sentByName ?? 'Een coördinator'} vraagt je de evaluatie in te dienen` +
        `${due ? ` (termijn: ${due})` : ''}.`
      );
  }
}

/**
 * A checkpoint's reminder to its owner, on the cadence's days or sent by hand. An overdue reminder is mandatory
 * (the evaluation is late and others wait for it), and so is one a coordinator sends on purpose; those before
 * and on the due day are courtesy and follow the person's choice.
 */
export const checkpointReminder = messageKind({
  payload: payloadSchema,
  mandatory: (payload) => payload.reminderKind === 'overdue' || payload.reminderKind === 'manual',
  content(payload): MessageContent {
    const due = payload.dueAt ? dutchDateTime(payload.dueAt, payload.timeZone) : null;
    const { kind, where } = processWords(payload);
    return {
      subject: subject(payload, due),
      paragraphs: [
        `Je bent eigenaar van het evaluatiemoment ‘${payload.checkpointTitle}’${where}.`,
        ask(payload, due),
      ],
      facts: [
        { label: 'Evaluatiemoment', value: payload.checkpointTitle },
        ...(payload.processTitle
          ? [{ label: kind === 'leercyclus' ? 'Leercyclus' : 'Actieleergroep', value: payload.processTitle }]
          : []),
        ...(due ? [{ label: 'Termijn', value: due }] : []),
      ],
      action: {
        label: 'Evaluatiemoment openen',
        path: checkpointPath(payload.processId, payload.checkpointId),
      },
    };
  },
});
