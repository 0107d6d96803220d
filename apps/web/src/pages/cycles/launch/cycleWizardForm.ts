import {
  cycleCalendar,
  cycleLaunchInputSchema,
  defaultTimeZone,
  normalizeCycleLaunch,
  type CycleLaunch,
  type CycleLaunchInput,
  type Occurrence,
} from '@leercyclus/domain';
import { checkpointInputs, type CheckpointRow } from '../../../components/wizard/checkpointRows';
import type { SlotRow } from '../../../components/wizard/WeeklySlotFields';
import {
  isEmpty,
  issuesOf,
  stepIndex,
  toNumber,
  type WizardCheck,
} from '../../../components/wizard/wizardSteps';
import { newRowKey } from '../../../components/rowKeys';

export { emptyCheckpoint, type CheckpointRow } from '../../../components/wizard/checkpointRows';

export interface DistrictRow extends SlotRow {
  /** Stable React key of the row (rows can be removed from the middle). */
  key: number;
  name: string;
}

export interface ProgrammeTeamSlot extends SlotRow {
  enabled: boolean;
}

export interface WizardForm {
  programmeId: string;
  number: number | string;
  title: string;
  startsOn: string | null;
  endsOn: string | null;
  timeZone: string;
  /** The previous cycle whose open questions come along; empty for none. */
  fromCycle: number | string;
  districts: DistrictRow[];
  blackoutDates: string[];
  programmeTeam: ProgrammeTeamSlot;
  /** None: the cycle gets its default joint evaluation on its last day. */
  checkpoints: CheckpointRow[];
}

/** The wizard's steps, in order; the last one shows the computed calendar and launches. */
export const steps = ['basics', 'schedule', 'checkpoints', 'review'] as const;
export type Step = (typeof steps)[number];

export function emptyDistrict(name = ''): DistrictRow {
  return { key: newRowKey(), name, weekday: 'tuesday', startTime: '13:30', durationMinutes: 120 };
}

export function emptyWizardForm(): WizardForm {
  return {
    programmeId: '',
    number: '',
    title: '',
    startsOn: null,
    endsOn: null,
    timeZone: defaultTimeZone,
    fromCycle: '',
    districts: [emptyDistrict()],
    blackoutDates: [],
    programmeTeam: { enabled: false, weekday: 'monday', startTime: '10:00', durationMinutes: 90 },
    checkpoints: [],
  };
}

/** The `cycles.launch` input the wizard describes. */
export function launchInput(form: WizardForm, requestId: string): CycleLaunchInput {
  return {
    requestId,
    programmeId: form.programmeId.trim(),
    number: toNumber(form.number),
    title: form.title.trim(),
    startsOn: form.startsOn ?? '',
    ...(form.endsOn ? { endsOn: form.endsOn } : {}),
    timeZone: form.timeZone,
    districts: form.districts.map((district) => ({
      name: district.name.trim(),
      weekday: district.weekday,
      startTime: district.startTime,
      durationMinutes: toNumber(district.durationMinutes),
    })),
    blackoutDates: [...form.blackoutDates].sort(),
    ...(form.programmeTeam.enabled
      ? {
          programmeTeam: {
            weekday: form.programmeTeam.weekday,
            startTime: form.programmeTeam.startTime,
            durationMinutes: toNumber(form.programmeTeam.durationMinutes),
          },
        }
      : {}),
    ...checkpointInputs(form.checkpoints),
    ...(isEmpty(form.fromCycle) ? {} : { fromCycle: toNumber(form.fromCycle) }),
  };
}

/** Where each top-level field of the launch input is filled in. */
export const cycleSteps = stepIndex(steps, {
  programmeId: 'basics',
  number: 'basics',
  title: 'basics',
  startsOn: 'basics',
  endsOn: 'basics',
  timeZone: 'basics',
  fromCycle: 'basics',
  districts: 'schedule',
  blackoutDates: 'schedule',
  programmeTeam: 'schedule',
  partnerGatherings: 'schedule',
  checkpoints: 'checkpoints',
});
export const { stepOf, errorsUpTo, firstStepWithError } = cycleSteps;

export type CheckResult = WizardCheck<{ launch: CycleLaunch; calendar: Occurrence[] }>;

/**
 * Checks the wizard with the very schema the API uses, and computes what the cycle would be: its launch with
 * every default filled in and its calendar, as the workflow will plan it.
 */
export function checkWizard(form: WizardForm, requestId: string, launchedBy: string): CheckResult {
  const parsed = cycleLaunchInputSchema.safeParse(launchInput(form, requestId));
  if (!parsed.success) return { ok: false, errors: issuesOf(parsed.error) };
  const launch = normalizeCycleLaunch(parsed.data, { launchedBy });
  return { ok: true, launch, calendar: cycleCalendar(launch) };
}

/** The cycle launch wizard's form. */
export const cycleWizard = {
  initial: emptyWizardForm,
  index: cycleSteps,
  check: checkWizard,
  input: launchInput,
};
