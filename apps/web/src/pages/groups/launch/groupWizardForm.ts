import {
  defaultTimeZone,
  groupLaunchInputSchema,
  groupMeetings,
  normalizeGroupLaunch,
  type GroupLaunch,
  type GroupLaunchInput,
  type GroupMeeting,
} from '@leercyclus/domain';
import { checkpointInputs, type CheckpointRow } from '../../../components/wizard/checkpointRows';
import type { Period } from '../../../components/wizard/PeriodFields';
import { memberInput, type MemberFieldValues } from '../memberInput';
import type { SlotRow } from '../../../components/wizard/WeeklySlotFields';
import {
  isEmpty,
  issuesOf,
  stepIndex,
  toNumber,
  type WizardCheck,
} from '../../../components/wizard/wizardSteps';
import { newRowKey } from '../../../components/rowKeys';

export interface MemberRow extends MemberFieldValues {
  /** Stable React key of the row (rows can be removed from the middle). */
  key: number;
}

export interface GroupWizardForm extends Period {
  slug: string;
  programmeId: string;
  question: string;
  theme: string;
  /** User id of the process facilitator. */
  facilitator: string;
  /** The cycle question the group takes up; both empty for none. */
  fromCycleQuestion: { cycleId: string; questionNumber: number | string };
  members: MemberRow[];
  meetings: SlotRow & { everyWeeks: number | string };
  blackoutDates: string[];
  /** None: the group gets its default evaluation of what was embedded, on its last day. */
  checkpoints: CheckpointRow[];
}

/** The wizard's steps, in order; the last one shows the computed meetings and launches. */
export const groupSteps = ['basics', 'members', 'schedule', 'checkpoints', 'review'] as const;
export type GroupWizardStep = (typeof groupSteps)[number];

export const groupWizardSteps = stepIndex(groupSteps, {
  requestId: 'review',
  slug: 'basics',
  programmeId: 'basics',
  question: 'basics',
  theme: 'basics',
  facilitator: 'basics',
  fromCycleQuestion: 'basics',
  members: 'members',
  meetings: 'schedule',
  startsOn: 'schedule',
  endsOn: 'schedule',
  timeZone: 'schedule',
  blackoutDates: 'schedule',
  checkpoints: 'checkpoints',
});

export function emptyMember(userId = ''): MemberRow {
  return { key: newRowKey(), userId, displayName: '', organisation: '', role: 'practitioner' };
}

export function emptyGroupForm(facilitator: string): GroupWizardForm {
  return {
    slug: '',
    programmeId: '',
    question: '',
    theme: '',
    facilitator,
    fromCycleQuestion: { cycleId: '', questionNumber: '' },
    startsOn: null,
    endsOn: null,
    timeZone: defaultTimeZone,
    members: [emptyMember()],
    meetings: { weekday: 'wednesday', startTime: '15:00', durationMinutes: 90, everyWeeks: 2 },
    blackoutDates: [],
    checkpoints: [],
  };
}

/** The `groups.launch` input the wizard describes; optional parts only when filled in. */
export function groupLaunchInput(form: GroupWizardForm, requestId: string): GroupLaunchInput {
  const fromCycle = form.fromCycleQuestion.cycleId.trim();
  const fromNumber = form.fromCycleQuestion.questionNumber;
  return {
    requestId,
    slug: form.slug.trim(),
    ...(form.programmeId.trim() ? { programmeId: form.programmeId.trim() } : {}),
    question: form.question.trim(),
    theme: form.theme.trim(),
    facilitator: form.facilitator,
    members: form.members.map(memberInput),
    meetings: {
      weekday: form.meetings.weekday,
      startTime: form.meetings.startTime,
      durationMinutes: toNumber(form.meetings.durationMinutes),
      everyWeeks: toNumber(form.meetings.everyWeeks),
    },
    startsOn: form.startsOn ?? '',
    endsOn: form.endsOn ?? '',
    timeZone: form.timeZone,
    blackoutDates: [...form.blackoutDates].sort(),
    ...checkpointInputs(form.checkpoints),
    ...(fromCycle || !isEmpty(fromNumber)
      ? { fromCycleQuestion: { cycleId: fromCycle, questionNumber: toNumber(fromNumber) } }
      : {}),
  };
}

export type GroupCheck = WizardCheck<{ launch: GroupLaunch; meetings: GroupMeeting[] }>;

/**
 * Checks the wizard with the very schema the API uses, and computes what the group would be: its launch with
 * every default filled in and its meetings, dated by the function the workflow plans them with.
 */
export function checkGroupWizard(form: GroupWizardForm, requestId: string, launchedBy: string): GroupCheck {
  const parsed = groupLaunchInputSchema.safeParse(groupLaunchInput(form, requestId));
  if (!parsed.success) return { ok: false, errors: issuesOf(parsed.error) };
  const launch = normalizeGroupLaunch(parsed.data, { launchedBy });
  return { ok: true, launch, meetings: groupMeetings(launch) };
}

/** The group launch wizard's form. */
export const groupWizard = {
  initial: emptyGroupForm,
  index: groupWizardSteps,
  check: checkGroupWizard,
  input: groupLaunchInput,
};
