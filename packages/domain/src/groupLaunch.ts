import { z } from 'zod';
import { addMonths, defaultTimeZone, isoDateSchema, timeZoneSchema } from './calendar.js';
import {
  checkpointInputSchema,
  defaultCadence,
  programmeIdSchema,
  weeklySlotSchema,
  type CheckpointPlan,
} from './cycleLaunch.js';
import { userIdSchema } from './programmeRecord.js';
import { safeTextSchema } from './safeText.js';

export const groupSlugSchema = z.string().regex(/^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/, {
  error: 'expected a group code of lowercase letters, digits and dashes, such as alg-school-en-swt',
});

/** A cycle's workflow id, `cycle/<programme>/<number>`, as a group that came from its agenda links to it. */
export const cycleIdSchema = z.string().regex(/^cycle\/[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?\/[1-9]\d{0,2}$/, {
  error: 'expected a cycle id such as cycle/proeftuin/1',
});

export const memberRoles = ['practitioner', 'facilitator', 'expertByExperience', 'sponsor'] as const;
export const memberRoleSchema = z.enum(memberRoles);
export type MemberRole = z.infer<typeof memberRoleSchema>;

/**
 * A member as a client names one: a user id, or a pseudonymised display name for someone without an account
 * (an expert by experience, a partner's practitioner) — never a real full name with personal data.
 */
export const memberFieldsSchema = z.object({
  userId: userIdSchema.optional(),
  displayName: safeTextSchema(80).optional(),
  organisation: safeTextSchema(120, 1, 'a member needs an organisation'),
  role: memberRoleSchema,
  /** Defaults to the group's start (first members) or to today (a later join). */
  joinedOn: isoDateSchema.optional(),
});

const identified = <T extends { userId?: string | undefined; displayName?: string | undefined }>(m: T) =>
  m.userId !== undefined || m.displayName !== undefined;
const identifiedError = {
  error: 'a member needs a user id or a pseudonymised display name',
  path: ['displayName'],
};

export const memberInputSchema = memberFieldsSchema.refine(identified, identifiedError);
export type MemberInput = z.output<typeof memberInputSchema>;

/** How a member is recognised when joining again: their user id, or their display name at an organisation. */
export function memberKey(member: {
  userId?: string | null | undefined;
  displayName?: string | null | undefined;
  organisation: string;
}): string {
  if (member.userId) return `user:${member.userId}`;
  return `name:${(member.displayName ?? '').toLowerCase()}@${member.organisation.toLowerCase()}`;
}

/** The group meets in a weekly slot, every n-th week (1 = weekly, up to every four weeks). */
export const groupMeetingCadenceSchema = weeklySlotSchema.extend({
  everyWeeks: z.number().int().min(1).max(4).default(1),
});
export type GroupMeetingCadence = z.output<typeof groupMeetingCadenceSchema>;

/** The question on a cycle's learning agenda a group took up; its outcome returns there as a lesson. */
export const cycleQuestionLinkSchema = z.object({
  cycleId: cycleIdSchema,
  questionNumber: z.number().int().positive(),
});
export type CycleQuestionLink = z.infer<typeof cycleQuestionLinkSchema>;

/** The programme a cycle id belongs to. */
export function programmeOfCycle(cycleId: string): string {
  return cycleId.split('/')[1]!;
}

/** The launch input of an action-learning group, as clients send it (the contract of `groups.launch`). */
export const groupLaunchInputSchema = z
  .object({
    requestId: z.string().trim().min(8, { error: 'a request id needs at least 8 characters' }).max(100),
    slug: groupSlugSchema,
    programmeId: programmeIdSchema.optional(),
    /** The pressing practice question the group clarifies together. */
    question: safeTextSchema(1000),
    /** What the group works on, e.g. "verklarende analyse". */
    theme: safeTextSchema(200),
    /** The person who is the process facilitator (procesbegeleider). */
    facilitator: userIdSchema,
    members: z
      .array(memberInputSchema)
      .min(1, { error: 'a group needs at least one member' })
      .max(40)
      .refine((list) => new Set(list.map(memberKey)).size === list.length, {
        error: 'each member once',
      }),
    meetings: groupMeetingCadenceSchema,
    startsOn: isoDateSchema,
    endsOn: isoDateSchema,
    timeZone: timeZoneSchema.default(defaultTimeZone),
    blackoutDates: z.array(isoDateSchema).max(366).default([]),
    /** Default: one evaluation of what was embedded, owned by the facilitator, at 17:00 on the last day. */
    checkpoints: z.array(checkpointInputSchema).max(20).optional(),
    /** The cycle question the group came from, kept as a link. */
    fromCycleQuestion: cycleQuestionLinkSchema.optional(),
  })
  .refine((input) => input.endsOn > input.startsOn, {
    error: 'the end date must come after the start date',
    path: ['endsOn'],
  })
  .refine((input) => input.endsOn <= addMonths(input.startsOn, 24), {
    error: 'a group lasts at most two years',
    path: ['endsOn'],
  })
  .refine(
    (input) =>
      !input.fromCycleQuestion ||
      !input.programmeId ||
      !cycleIdSchema.safeParse(input.fromCycleQuestion.cycleId).success ||
      programmeOfCycle(input.fromCycleQuestion.cycleId) === input.programmeId,
    { error: 'the cycle belongs to another programme', path: ['fromCycleQuestion', 'cycleId'] },
  )
  .superRefine((input, ctx) => {
    input.members.forEach((member, index) => {
      if (member.joinedOn !== undefined && member.joinedOn > input.endsOn) {
        ctx.addIssue({
          code: 'custom',
          path: ['members', index, 'joinedOn'],
          message: 'a first member joins before the group ends',
        });
      }
    });
  });
export type GroupLaunchInput = z.input<typeof groupLaunchInputSchema>;

export interface GroupMemberPlan {
  userId: string | null;
  displayName: string | null;
  organisation: string;
  role: MemberRole;
  joinedOn: string;
}

/** A group launch with every default filled in: what the workflow receives. */
export interface GroupLaunch {
  slug: string;
  programmeId: string | null;
  question: string;
  theme: string;
  facilitator: string;
  members: GroupMemberPlan[];
  meetings: GroupMeetingCadence;
  startsOn: string;
  endsOn: string;
  timeZone: string;
  blackoutDates: string[];
  checkpoints: CheckpointPlan[];
  fromCycleQuestion: CycleQuestionLink | null;
  launchedBy: string;
}

export function normalizeGroupLaunch(
  input: z.output<typeof groupLaunchInputSchema>,
  context: { launchedBy: string },
): GroupLaunch {
  const checkpoints = input.checkpoints ?? [
    { title: 'Evaluatie: wat is ingebed in het dagelijks werk?', dueOn: input.endsOn, dueTime: '17:00' },
  ];
  return {
    slug: input.slug,
    programmeId:
      input.programmeId ??
      (input.fromCycleQuestion ? programmeOfCycle(input.fromCycleQuestion.cycleId) : null),
    question: input.question,
    theme: input.theme,
    facilitator: input.facilitator,
    members: input.members.map((member) => ({
      userId: member.userId ?? null,
      displayName: member.displayName ?? null,
      organisation: member.organisation,
      role: member.role,
      joinedOn: member.joinedOn ?? input.startsOn,
    })),
    meetings: input.meetings,
    startsOn: input.startsOn,
    endsOn: input.endsOn,
    timeZone: input.timeZone,
    blackoutDates: [...new Set(input.blackoutDates)].sort(),
    checkpoints: checkpoints.map((checkpoint, index) => ({
      id: `checkpoint-${index + 1}`,
      title: checkpoint.title,
      owner: checkpoint.owner ?? input.facilitator,
      dueOn: checkpoint.dueOn,
      dueTime: checkpoint.dueTime,
      cadence: checkpoint.cadence ?? defaultCadence,
    })),
    fromCycleQuestion: input.fromCycleQuestion ?? null,
    launchedBy: context.launchedBy,
  };
}

export function groupWorkflowId(slug: string): string {
  return `group/${slug}`;
}
