import { z } from 'zod';
import { defaultQuestionCategories, type LearningQuestion } from './agenda.js';
import {
  addDays,
  addMonths,
  clockTimeSchema,
  defaultTimeZone,
  isoDateSchema,
  timeZoneSchema,
  weekdaySchema,
} from './calendar.js';
import { reminderCadenceSchema, type ReminderCadence } from './checkpoint.js';
import { personRefSchema, safeTextSchema } from './safeText.js';
import { tableSlugSchema } from './escalation.js';
import { weeklyOccurrences } from './schedule.js';

export const programmeIdSchema = z.string().regex(/^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/, {
  error: 'expected a programme code of lowercase letters, digits and dashes, such as proeftuin-west-zuid',
});

const durationSchema = z
  .number()
  .int()
  .min(15)
  .max(8 * 60);

export const weeklySlotSchema = z.object({
  weekday: weekdaySchema,
  startTime: clockTimeSchema,
  durationMinutes: durationSchema,
});

export const districtSlotSchema = weeklySlotSchema.extend({
  name: safeTextSchema(80, 1, 'a district needs a name'),
});
export type DistrictSlot = z.infer<typeof districtSlotSchema>;

export const partnerGatheringInputSchema = z.object({
  district: safeTextSchema(80),
  date: isoDateSchema,
  startTime: clockTimeSchema,
  durationMinutes: durationSchema,
});
export type PartnerGatheringPlan = z.infer<typeof partnerGatheringInputSchema>;

export const checkpointInputSchema = z.object({
  title: safeTextSchema(200, 3),
  /** The person who must submit the evaluation; defaults to the one who launches. */
  owner: personRefSchema.optional(),
  dueOn: isoDateSchema,
  dueTime: clockTimeSchema.default('17:00'),
  cadence: reminderCadenceSchema.optional(),
});

export const defaultEscalateOverdueAfterDays = 14;

/** The launch input of a learning cycle, as clients send it (the contract of `cycles.launch`). */
export const cycleLaunchInputSchema = z
  .object({
    requestId: z.string().trim().min(8, { error: 'a request id needs at least 8 characters' }).max(100),
    programmeId: programmeIdSchema,
    number: z.number().int().min(1).max(999),
    title: safeTextSchema(200, 3),
    startsOn: isoDateSchema,
    endsOn: isoDateSchema.optional(),
    timeZone: timeZoneSchema.default(defaultTimeZone),
    districts: z
      .array(districtSlotSchema)
      .min(1, { error: 'a cycle needs at least one district' })
      .max(12)
      .refine((list) => new Set(list.map((d) => d.name.toLowerCase())).size === list.length, {
        error: 'district names must be unique',
      }),
    blackoutDates: z.array(isoDateSchema).max(366).default([]),
    /** The programme team meets every two weeks in this slot; no meetings when absent. */
    programmeTeam: weeklySlotSchema.optional(),
    /** Default: one per district on its own slot in the cycle's last week. */
    partnerGatherings: z.array(partnerGatheringInputSchema).max(24).optional(),
    /** Default: one joint evaluation at 17:00 on the cycle's last day. */
    checkpoints: z.array(checkpointInputSchema).max(20).optional(),
    /** The management table this cycle escalates to (the programme's, by default). */
    managementTable: tableSlugSchema.optional(),
    /** A checkpoint overdue this many days is escalated to the management table. */
    escalateOverdueAfterDays: z.number().int().min(1).max(365).default(defaultEscalateOverdueAfterDays),
    /** Number of this programme's previous cycle, whose open questions come onto this cycle's agenda. */
    fromCycle: z.number().int().min(1).max(999).optional(),
  })
  .refine((input) => input.endsOn === undefined || input.endsOn > input.startsOn, {
    error: 'the end date must come after the start date',
    path: ['endsOn'],
  })
  .refine((input) => input.endsOn === undefined || input.endsOn <= addMonths(input.startsOn, 12), {
    error: 'a cycle lasts at most a year',
    path: ['endsOn'],
  })
  .refine((input) => input.fromCycle === undefined || input.fromCycle < input.number, {
    error: 'the previous cycle must have a lower number',
    path: ['fromCycle'],
  })
  .superRefine((input, ctx) => {
    const names = new Set(input.districts.map((d) => d.name));
    input.partnerGatherings?.forEach((gathering, index) => {
      if (!names.has(gathering.district)) {
        ctx.addIssue({
          code: 'custom',
          path: ['partnerGatherings', index, 'district'],
          message: `no district "${gathering.district}" in this cycle`,
        });
      }
    });
  });
export type CycleLaunchInput = z.input<typeof cycleLaunchInputSchema>;

export interface CheckpointPlan {
  id: string;
  title: string;
  owner: string;
  dueOn: string;
  dueTime: string;
  cadence: ReminderCadence;
}

/** A launch with every default filled in: what the workflow receives. */
export interface CycleLaunch {
  programmeId: string;
  number: number;
  title: string;
  startsOn: string;
  endsOn: string;
  timeZone: string;
  districts: DistrictSlot[];
  blackoutDates: string[];
  programmeTeam: z.infer<typeof weeklySlotSchema> | null;
  partnerGatherings: PartnerGatheringPlan[];
  checkpoints: CheckpointPlan[];
  /** The categories the programme uses on its agenda. */
  questionCategories: string[];
  /** Questions carried over from the previous cycle, keeping their numbers. */
  carriedOverQuestions: LearningQuestion[];
  launchedBy: string;
  managementTable: string | null;
  escalateOverdueAfterDays: number;
}

export interface LaunchContext {
  launchedBy: string;
  questionCategories?: readonly string[];
  carriedOverQuestions?: LearningQuestion[];
  /** The programme's management table, when the launch names none. */
  managementTable?: string | null;
}

export const defaultCadence: ReminderCadence = { daysBefore: [7, 0], overdueEveryDays: 3 };

/** One gathering per district, on its own slot in the cycle's last week, in place of that week's session. */
function defaultPartnerGatherings(
  input: z.output<typeof cycleLaunchInputSchema>,
  endsOn: string,
): PartnerGatheringPlan[] {
  return input.districts.flatMap((district) => {
    const last = weeklyOccurrences({
      slot: district,
      from: input.startsOn,
      until: endsOn,
      timeZone: input.timeZone,
      blackoutDates: input.blackoutDates,
    }).at(-1);
    if (!last) return [];
    return [
      {
        district: district.name,
        date: last.date,
        startTime: district.startTime,
        durationMinutes: Math.max(district.durationMinutes, 120),
      },
    ];
  });
}

/** A cycle lasts about three months: it ends the day before the same date three months on. */
export function normalizeCycleLaunch(
  input: z.output<typeof cycleLaunchInputSchema>,
  context: LaunchContext,
): CycleLaunch {
  const endsOn = input.endsOn ?? addDays(addMonths(input.startsOn, 3), -1);
  const checkpoints = input.checkpoints ?? [
    { title: 'Gezamenlijke evaluatie', dueOn: endsOn, dueTime: '17:00' },
  ];
  return {
    programmeId: input.programmeId,
    number: input.number,
    title: input.title,
    startsOn: input.startsOn,
    endsOn,
    timeZone: input.timeZone,
    districts: input.districts,
    blackoutDates: [...new Set(input.blackoutDates)].sort(),
    programmeTeam: input.programmeTeam ?? null,
    partnerGatherings: input.partnerGatherings ?? defaultPartnerGatherings(input, endsOn),
    checkpoints: checkpoints.map((checkpoint, index) => ({
      id: `checkpoint-${index + 1}`,
      title: checkpoint.title,
      owner: checkpoint.owner ?? context.launchedBy,
      dueOn: checkpoint.dueOn,
      dueTime: checkpoint.dueTime,
      cadence: checkpoint.cadence ?? defaultCadence,
    })),
    questionCategories: [...(context.questionCategories ?? defaultQuestionCategories)],
    carriedOverQuestions: context.carriedOverQuestions ?? [],
    launchedBy: context.launchedBy,
    managementTable: input.managementTable ?? context.managementTable ?? null,
    escalateOverdueAfterDays: input.escalateOverdueAfterDays,
  };
}

export function cycleWorkflowId(programmeId: string, number: number): string {
  return `cycle/${programmeId}/${number}`;
}
