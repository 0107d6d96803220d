import { z } from 'zod';
import { decisionOutcomes } from '../escalation.js';
import { escalationSourcePath } from '../panelPaths.js';
import { messageKind, type MessageContent } from './content.js';
import { dutchDateTime } from './dutchDates.js';
import { decisionOutcomeWords, escalationOriginSchema, originFacts, originWords } from './escalationWords.js';

const payloadSchema = escalationOriginSchema.extend({
  tableName: z.string(),
  /** What was put before the table. */
  text: z.string(),
  outcome: z.enum(decisionOutcomes),
  answer: z.string(),
  decidedByName: z.string().nullable(),
  decidedAt: z.string(),
  timeZone: z.string(),
  /** Why this person hears it: they escalated it, or the workflow did and it is theirs to follow up. */
  because: z.enum(['raisedIt', 'projectLeader', 'facilitator']),
});
export type EscalationDecisionPayload = z.infer<typeof payloadSchema>;

const becauseWords = {
  raisedIt: 'Je hebt dit aan de tafel voorgelegd.',
  projectLeader: 'De leercyclus heeft dit zelf voorgelegd; als projectleider ben jij degene die het opvolgt.',
  facilitator: 'Het knelpunt komt uit jouw actieleergroep; als begeleider ben jij degene die het opvolgt.',
} as const;

/**
 * A table's decision, back to whoever escalated (or, for what the workflow escalated itself, the cycle's project
 * leader or the group's facilitator). Mandatory: it answers what the person asked, and they wait for it.
 */
export const escalationDecision = messageKind({
  payload: payloadSchema,
  mandatory: () => true,
  content(payload): MessageContent {
    const decided = dutchDateTime(payload.decidedAt, payload.timeZone);
    const outcome = decisionOutcomeWords[payload.outcome] ?? payload.outcome;
    return {
      subject: `Antwoord van ${payload.tableName} (${outcome}): ${payload.text}`,
      paragraphs: [
        `${payload.tableName} heeft besloten over ${originWords(payload)}: ${outcome}.`,
        becauseWords[payload.because],
        payload.outcome === 'needsInformation'
          ? 'De tafel wil meer weten voordat zij besluit: vul het aan en leg het opnieuw voor.'
          : 'Het antwoord staat ook bij de bron in het paneel.',
      ],
      facts: [
        { label: 'Voorgelegd', value: payload.text },
        { label: 'Besluit', value: outcome },
        { label: 'Antwoord', value: payload.answer },
        ...originFacts(payload),
        {
          label: 'Besloten',
          value: payload.decidedByName ? `${decided} door ${payload.decidedByName}` : decided,
        },
      ],
      action: { label: 'Antwoord bekijken', path: escalationSourcePath(payload.source) },
    };
  },
});
