import { z } from 'zod';
import { organisationalLevelSchema } from './agenda.js';
import { checkpointSchema, type Checkpoint, type Reminder } from './checkpoint.js';
import { processStatusSchema, recordFailureSchema } from './cycleState.js';
import { questionEscalationSchema } from './escalation.js';
import { groupStepSchema } from './groupCommands.js';
import { cycleQuestionLinkSchema, groupMeetingCadenceSchema, memberRoleSchema } from './groupLaunch.js';

/** One period of membership: from the day someone joined to the day they left (null while a member). */
export const membershipSchema = z.object({
  joinedOn: z.string(),
  leftOn: z.string().nullable(),
  leftReason: z.string().nullable(),
});

export const groupMemberSchema = z.object({
  /** Stable within the group: `member-<n>`. */
  id: z.string(),
  userId: z.string().nullable(),
  displayName: z.string().nullable(),
  organisation: z.string(),
  role: memberRoleSchema,
  /** Oldest first; someone who left and came back has two. */
  memberships: z.array(membershipSchema),
  active: z.boolean(),
  /** The iterations they took part in. */
  iterations: z.array(z.number().int().positive()),
});
export type GroupMember = z.infer<typeof groupMemberSchema>;

/** A step as concluded; the fields of other steps stay null. */
export const concludedStepSchema = z.object({
  step: groupStepSchema,
  conclusion: z.string(),
  concludedAt: z.string(),
  concludedBy: z.string(),
  meetingId: z.string().nullable(),
  /** formulate: the new wording of the question, when it was reformulated. */
  question: z.string().nullable(),
  /** setGoal: the goal set. */
  goal: z.string().nullable(),
  /** act: the real action taken, and the member ids of who took it. */
  action: z.object({ description: z.string(), takenBy: z.array(z.string()) }).nullable(),
  /** evaluate: what the last action changed. */
  changed: z.string().nullable(),
});
export type ConcludedStep = z.infer<typeof concludedStepSchema>;

export const iterationSchema = z.object({
  number: z.number().int().positive(),
  startedAt: z.string(),
  completedAt: z.string().nullable(),
  /** Member ids of who took part: the members at its start and whoever joined during it. */
  participants: z.array(z.string()),
  steps: z.array(concludedStepSchema),
});
export type Iteration = z.infer<typeof iterationSchema>;

/** Each wording of the pressing question with the date it took effect; the last one is the current question. */
export const questionWordingSchema = z.object({
  text: z.string(),
  since: z.string(),
  by: z.string(),
  /** The iteration whose formulate step (or evaluation) gave it; null for the wording at launch. */
  iteration: z.number().int().positive().nullable(),
});

export const groupMeetingStatuses = ['planned', 'due', 'held', 'cancelled'] as const;
export const groupMeetingSchema = z.object({
  /** `meeting:<date>`. */
  id: z.string(),
  date: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  /** due: it has started; held: a step was concluded at it; cancelled: the group completed before it. */
  status: z.enum(groupMeetingStatuses),
});
export type GroupMeeting = z.infer<typeof groupMeetingSchema>;

export const obstacleStatuses = ['open', 'escalated', 'answered', 'resolved'] as const;
export const obstacleSchema = z.object({
  /** `obstacle-<n>`. */
  id: z.string(),
  text: z.string(),
  level: organisationalLevelSchema,
  raisedBy: z.string(),
  raisedAt: z.string(),
  iteration: z.number().int().positive(),
  status: z.enum(obstacleStatuses),
  /** The latest escalation to a management table, with its answer once it came back. */
  escalation: questionEscalationSchema.nullable(),
});
export type Obstacle = z.infer<typeof obstacleSchema>;

/** What a group's outcome sends back to the cycle whose question it took up (signal `groupOutcome`). */
export const groupOutcomeSchema = z.object({
  /** Stable per group, `<group id>/outcome`: a repeated delivery is the same outcome. */
  outcomeId: z.string(),
  groupId: z.string(),
  groupSlug: z.string(),
  programmeId: z.string().nullable(),
  cycleId: z.string(),
  questionNumber: z.number().int().positive(),
  /** The group's question in its final wording, and its theme. */
  question: z.string(),
  theme: z.string(),
  lessons: z.array(z.string()),
  embedded: z.array(z.string()),
  notEmbedded: z.array(z.object({ what: z.string(), why: z.string() })),
  iterationsCompleted: z.number().int().min(0),
  completedAt: z.string(),
  completedBy: z.string(),
});
export type GroupOutcome = z.infer<typeof groupOutcomeSchema>;

/**
 * Where the lesson went: to the cycle it came from (`source`), to the programme's running next cycle once that
 * one had closed (`nextCycle`), or only to the record when no cycle of the programme runs (`record`).
 */
export const lessonReturnSchema = z.object({
  cycleId: z.string(),
  questionNumber: z.number().int().positive(),
  outcomeId: z.string(),
  delivery: z.enum(['source', 'nextCycle', 'record']),
  at: z.string(),
});
export type LessonReturn = z.infer<typeof lessonReturnSchema>;

export const groupCompletionSchema = z.object({
  at: z.string(),
  by: z.string(),
  embedded: z.array(z.string()),
  notEmbedded: z.array(z.object({ what: z.string(), why: z.string() })),
  lessons: z.array(z.string()),
  /** Iterations that went through all six steps. */
  iterationsCompleted: z.number().int().min(0),
  /** Null when the group did not come from a cycle's question. */
  lessonReturn: lessonReturnSchema.nullable(),
});
export type GroupCompletion = z.infer<typeof groupCompletionSchema>;

/** The live state of an action-learning group, as its workflow's query answers it. */
export const groupStateSchema = z.object({
  groupId: z.string(),
  slug: z.string(),
  programmeId: z.string().nullable(),
  theme: z.string(),
  /** The current wording of the pressing question. */
  question: z.string(),
  questionWordings: z.array(questionWordingSchema),
  facilitator: z.string(),
  launchedBy: z.string(),
  startsOn: z.string(),
  endsOn: z.string(),
  timeZone: z.string(),
  blackoutDates: z.array(z.string()),
  meetingCadence: groupMeetingCadenceSchema,
  status: processStatusSchema,
  /** ISO instant of the next scheduled event, or null when nothing is scheduled. */
  nextEventAt: z.string().nullable(),
  overdueCheckpoints: z.number(),
  /** The iteration under way (or the last one, once completed). */
  currentIteration: z.number().int().positive(),
  /** The step to conclude next; null once the group has completed. */
  nextStep: groupStepSchema.nullable(),
  iterations: z.array(iterationSchema),
  members: z.array(groupMemberSchema),
  meetings: z.array(groupMeetingSchema),
  checkpoints: z.array(checkpointSchema),
  obstacles: z.array(obstacleSchema),
  fromCycleQuestion: cycleQuestionLinkSchema.nullable(),
  completion: groupCompletionSchema.nullable(),
  recordFailures: z.array(recordFailureSchema).optional(),
});
export type GroupState = z.infer<typeof groupStateSchema>;

/** What a completed group's workflow returns. */
export const groupResultSchema = z.object({
  groupId: z.string(),
  slug: z.string(),
  programmeId: z.string().nullable(),
  question: z.string(),
  completion: groupCompletionSchema,
  /** The outcome for the cycle it came from; null when it came from none. */
  outcome: groupOutcomeSchema.nullable(),
});
export type GroupResult = z.infer<typeof groupResultSchema>;

/** One row of a list of groups, from the record. */
export const groupListItemSchema = z.object({
  workflowId: z.string(),
  slug: z.string(),
  programmeId: z.string().nullable(),
  question: z.string(),
  status: processStatusSchema,
  startsOn: z.string(),
  endsOn: z.string().nullable(),
  nextEventAt: z.string().nullable(),
  overdueCheckpoints: z.number(),
  startedAt: z.string(),
});
export type GroupListItem = z.infer<typeof groupListItemSchema>;

/** The header of a group as the record keeps it (the `processes` row). */
export interface GroupRecordHeader {
  slug: string;
  programmeId: string | null;
  question: string;
  theme: string;
  startsOn: string;
  endsOn: string;
  timeZone: string;
  status: 'running' | 'closed';
  overdueCheckpoints: number;
  nextEventAt: string | null;
}

interface GroupEventBase {
  /** Unique per write: `<workflow id>#<sequence>`. A retried or replayed activity carries the same id. */
  eventId: string;
  /** The workflow id of the group. */
  groupId: string;
  /** Workflow time of the change. */
  at: string;
  /** The user on whose command it happened, or `system` for timers. */
  actor: string;
}

/**
 * What a group's workflow hands to the record, as snapshots of what changed; applying an event twice (same
 * eventId) changes nothing.
 */
export type GroupRecordEvent = GroupEventBase &
  (
    | { type: 'groupUpdated'; group: GroupRecordHeader }
    | { type: 'checkpointUpdated'; checkpoint: Checkpoint }
    | { type: 'reminderQueued'; reminder: Reminder; checkpointTitle: string }
    | { type: 'memberUpdated'; member: GroupMember }
    | { type: 'stepConcluded'; iteration: number; step: ConcludedStep }
    | { type: 'obstacleUpdated'; obstacle: Obstacle }
    | { type: 'groupCompleted'; completion: GroupCompletion; outcome: GroupOutcome | null }
  );
