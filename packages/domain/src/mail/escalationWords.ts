import { z } from 'zod';
import { escalationSourceSchema } from '../escalation.js';

/** What the messages about an escalation say of where it came from, taken from the record when it is queued. */
export const escalationOriginSchema = z.object({
  source: escalationSourceSchema,
  /** The cycle's title or the group's question, when the record knew it. */
  processTitle: z.string().nullable(),
});
export type EscalationOrigin = z.infer<typeof escalationOriginSchema>;

/** "vraag 3 van de leercyclus ‘Proeftuin 3’", "een evaluatiemoment van de actieleergroep ‘…’". */
export function originWords({ source, processTitle }: EscalationOrigin): string {
  const isGroup = source.kind === 'groupObstacle';
  const process = `${isGroup ? 'de actieleergroep' : 'de leercyclus'}${processTitle ? ` ‘${processTitle}’` : ''}`;
  switch (source.kind) {
    case 'cycleQuestion':
      return `${source.questionNumber === null ? 'een vraag' : `vraag ${source.questionNumber}`} van ${process}`;
    case 'cycleCheckpoint':
      return `een te laat evaluatiemoment van ${process}`;
    case 'groupObstacle':
      return `een knelpunt van ${process}`;
  }
}

/** The facts naming the origin: the cycle or group, and the question when there is one. */
export function originFacts(origin: EscalationOrigin): { label: string; value: string }[] {
  const { source, processTitle } = origin;
  const facts = [{ label: 'Afkomstig van', value: originWords(origin) }];
  if (processTitle && source.kind === 'groupObstacle')
    facts.push({ label: 'Actieleergroep', value: processTitle });
  else if (processTitle) facts.push({ label: 'Leercyclus', value: processTitle });
  return facts;
}

export const decisionOutcomeWords: Record<string, string> = {
  accepted: 'aangenomen',
  declined: 'afgewezen',
  referred: 'doorverwezen',
  needsInformation: 'meer informatie nodig',
};
