import { z } from 'zod';
import { checkpointPath, groupPath } from '../panelPaths.js';
import { messageKind, type MessageContent } from './content.js';
import { dutchDateTime } from './dutchDates.js';

const groupSchema = z.object({ groupId: z.string(), slug: z.string(), question: z.string().nullable() });

const payloadSchema = z.discriminatedUnion('event', [
  groupSchema.extend({
    /** A member put an obstacle before the group. */
    event: z.literal('obstacleRaised'),
    obstacle: z.string(),
    raisedByName: z.string().nullable(),
  }),
  groupSchema.extend({
    /** One of the group's checkpoints passed its due moment without an evaluation. */
    event: z.literal('checkpointOverdue'),
    checkpointId: z.string(),
    checkpointTitle: z.string(),
    ownerName: z.string().nullable(),
    dueAt: z.string(),
    timeZone: z.string(),
  }),
]);
export type GroupNoticePayload = z.infer<typeof payloadSchema>;

const ofGroup = (payload: GroupNoticePayload) =>
  payload.question ? `je actieleergroep ‘${payload.question}’` : 'je actieleergroep';

/**
 * What an action-learning group's facilitator is told is theirs: an obstacle a member raised (to take up in the
 * group, or escalate), and an evaluation of the group that became overdue (to chase). Not mandatory: the group's
 * page shows both; the checkpoint's owner has their own, mandatory, overdue reminder.
 */
export const groupNotice = messageKind({
  payload: payloadSchema,
  mandatory: () => false,
  content(payload): MessageContent {
    if (payload.event === 'obstacleRaised') {
      return {
        subject: `Nieuw knelpunt in ${ofGroup(payload)}`,
        paragraphs: [
          `${payload.raisedByName ?? 'Een deelnemer'} heeft een knelpunt ingebracht in ${ofGroup(payload)}.`,
          'Als begeleider bespreek je het in de groep, of leg je het voor aan de managementtafel.',
        ],
        facts: [
          { label: 'Knelpunt', value: payload.obstacle },
          ...(payload.question ? [{ label: 'Actieleergroep', value: payload.question }] : []),
        ],
        action: { label: 'Actieleergroep openen', path: groupPath(payload.slug) },
      };
    }
    const due = dutchDateTime(payload.dueAt, payload.timeZone);
    return {
      subject: `Te laat in ${ofGroup(payload)}: evaluatie ‘${payload.checkpointTitle}’`,
      paragraphs: [
        `De evaluatie ‘${payload.checkpointTitle}’ van ${ofGroup(payload)} is niet op tijd ingediend (termijn ${due}).`,
        `${payload.ownerName ?? 'De eigenaar'} heeft een herinnering gekregen; als begeleider kun je helpen haar rond te krijgen.`,
      ],
      facts: [
        { label: 'Evaluatiemoment', value: payload.checkpointTitle },
        ...(payload.ownerName ? [{ label: 'Eigenaar', value: payload.ownerName }] : []),
        { label: 'Termijn', value: due },
      ],
      action: {
        label: 'Evaluatiemoment openen',
        path: checkpointPath(payload.groupId, payload.checkpointId),
      },
    };
  },
});
