import { tableSlugSchema } from './escalation.js';
import { z } from 'zod';
import { organisationalLevelSchema } from './agenda.js';
import { isoDateSchema } from './calendar.js';
import { submitEvaluationInputSchema } from './cycleCommands.js';
import { memberFieldsSchema } from './groupLaunch.js';
import { safeTextSchema } from './safeText.js';

/**
 * The commands an action-learning group takes, as zod schemas: the API parses them to name the wrong field,
 * the workflow's update validators parse them again, so a bad command never reaches history.
 */

/** The iterative cycle of action learning, in order; after `evaluate` the next iteration starts with `formulate`. */
export const groupSteps = ['formulate', 'analyse', 'reflect', 'setGoal', 'act', 'evaluate'] as const;
export const groupStepSchema = z.enum(groupSteps);
export type GroupStep = z.infer<typeof groupStepSchema>;

export const joinGroupInputSchema = memberFieldsSchema.refine(
  (m) => m.userId !== undefined || m.displayName !== undefined,
  { error: 'a member needs a user id or a pseudonymised display name', path: ['displayName'] },
);

export const leaveGroupInputSchema = z.object({
  memberId: z.string().min(1).max(40),
  /** Defaults to today in the group's time zone. */
  leftOn: isoDateSchema.optional(),
  reason: safeTextSchema(500, 0).default(''),
});

const conclusion = safeTextSchema(4000);
const stepBase = {
  /** What the group concluded in this step. */
  conclusion,
  /** The meeting at which it was concluded, when it was at one. */
  meetingId: z.string().min(1).max(60).optional(),
};

/** One step concluded: the step must be the group's next one; some steps carry what they are about. */
export const advanceGroupInputSchema = z.discriminatedUnion('step', [
  z.object({
    step: z.literal('formulate'),
    ...stepBase,
    /** A new wording of the pressing question; the earlier wordings are kept with their dates. */
    question: safeTextSchema(1000).optional(),
  }),
  z.object({ step: z.literal('analyse'), ...stepBase }),
  z.object({ step: z.literal('reflect'), ...stepBase }),
  z.object({ step: z.literal('setGoal'), ...stepBase, goal: safeTextSchema(1000) }),
  z.object({
    step: z.literal('act'),
    ...stepBase,
    /** The real action taken in practice. */
    action: safeTextSchema(2000),
    /** Member ids of who took it. */
    takenBy: z
      .array(z.string().min(1).max(40))
      .min(1, { error: 'name at least one member who acted' })
      .max(40),
  }),
  z.object({
    step: z.literal('evaluate'),
    ...stepBase,
    /** What the last action changed in practice. */
    changed: safeTextSchema(4000),
  }),
]);

/** A group's evaluation: goals and notes as in a cycle, and optionally a sharper wording of its question. */
export const submitGroupEvaluationInputSchema = submitEvaluationInputSchema
  .omit({ sharpenedQuestions: true })
  .extend({ reformulatedQuestion: safeTextSchema(1000).optional() });

/** Something in the way that the group cannot remove itself; kept on its obstacle list, to escalate later. */
export const raiseObstacleInputSchema = z.object({
  text: safeTextSchema(1000),
  level: organisationalLevelSchema.default('organisation'),
});

export const completeGroupInputSchema = z
  .object({
    /** What was embedded in daily work. */
    embedded: z.array(safeTextSchema(1000)).max(50).default([]),
    /** What was not, and why. */
    notEmbedded: z
      .array(z.object({ what: safeTextSchema(1000), why: safeTextSchema(2000) }))
      .max(50)
      .default([]),
    lessons: z.array(safeTextSchema(4000)).min(1, { error: 'a group ends with at least one lesson' }).max(20),
  })
  .refine((input) => input.embedded.length > 0 || input.notEmbedded.length > 0, {
    error: 'say what was embedded in daily work, or what was not and why',
    path: ['embedded'],
  });

export type JoinGroupInput = z.output<typeof joinGroupInputSchema>;
export type LeaveGroupInput = z.output<typeof leaveGroupInputSchema>;
export type AdvanceGroupInput = z.output<typeof advanceGroupInputSchema>;
export type SubmitGroupEvaluationInput = z.output<typeof submitGroupEvaluationInputSchema>;
export type RaiseObstacleInput = z.output<typeof raiseObstacleInputSchema>;
export type CompleteGroupInput = z.output<typeof completeGroupInputSchema>;

/** An obstacle sent up to a management table, with why the group cannot remove it itself. */
export const escalateObstacleInputSchema = z.object({
  obstacleId: z.string().min(1).max(60),
  why: safeTextSchema(2000),
  table: tableSlugSchema,
});
export type EscalateObstacleInput = z.output<typeof escalateObstacleInputSchema>;
