import {
  cycleCalendar,
  cycleLaunchInputSchema,
  normalizeCycleLaunch,
  weekdays,
  type CycleLaunch,
  type CycleLaunchInput,
  type Occurrence,
  type Weekday,
} from '@leercyclus/domain';
import type { FieldError } from '../../errors/describeError';

export const weekdayOptions = weekdays;
export const defaultTimeZone = 'Europe/Amsterdam';

export interface DistrictRow {
  /** Stable React key of the row (rows can be removed from the middle). */
  key: number;
  name: string;
  weekday: Weekday;
  startTime: string;
  durationMinutes: number | string;
}

export interface ProgrammeTeamSlot {
  enabled: boolean;
  weekday: Weekday;
  startTime: string;
  durationMinutes: number | string;
}

export interface CheckpointRow {
  key: number;
  title: string;
  /** User id of the owner. */
  owner: string;
  dueOn: string | null;
  dueTime: string;
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

let nextRowKey = 1;

export function emptyDistrict(name = ''): DistrictRow {
  return { key: nextRowKey++, name, weekday: 'tuesday', startTime: '13:30', durationMinutes: 120 };
}

export function emptyCheckpoint(owner: string): CheckpointRow {
  return { key: nextRowKey++, title: '', owner, dueOn: null, dueTime: '17:00' };
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

/** A number as typed; an empty field is not a number (the schema then says it is required). */
function toNumber(value: number | string): number {
  if (typeof value === 'number') return value;
  return value.trim() === '' ? Number.NaN : Number(value.trim());
}

function isEmpty(value: number | string): boolean {
  return typeof value === 'string' && value.trim() === '';
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
    ...(form.checkpoints.length > 0
      ? {
          checkpoints: form.checkpoints.map((checkpoint) => ({
            title: checkpoint.title.trim(),
            ...(checkpoint.owner ? { owner: checkpoint.owner } : {}),
            dueOn: checkpoint.dueOn ?? '',
            dueTime: checkpoint.dueTime,
          })),
        }
      : {}),
    ...(isEmpty(form.fromCycle) ? {} : { fromCycle: toNumber(form.fromCycle) }),
  };
}

const stepOfField: Record<string, Step> = {
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
};

/** The step whose fields an error path belongs to (the review step for what no step shows). */
export function stepOf(path: string): Step {
  return stepOfField[path.split('.')[0] ?? ''] ?? 'review';
}

/** Every path the wizard shows an error beside. */
export function fieldPaths(form: WizardForm): Set<string> {
  const paths = new Set(Object.keys(stepOfField).filter((field) => field !== 'partnerGatherings'));
  form.districts.forEach((_, index) => {
    paths.add(`districts.${index}`);
    for (const field of ['name', 'weekday', 'startTime', 'durationMinutes']) {
      paths.add(`districts.${index}.${field}`);
    }
  });
  for (const field of ['weekday', 'startTime', 'durationMinutes']) paths.add(`programmeTeam.${field}`);
  form.checkpoints.forEach((_, index) => {
    paths.add(`checkpoints.${index}`);
    for (const field of ['title', 'owner', 'dueOn', 'dueTime']) paths.add(`checkpoints.${index}.${field}`);
  });
  return paths;
}

export type CheckResult =
  { ok: true; launch: CycleLaunch; calendar: Occurrence[] } | { ok: false; errors: FieldError[] };

/**
 * Checks the wizard with the very schema the API uses, and computes what the cycle would be: its launch with
 * every default filled in and its calendar, as the workflow will plan it.
 */
export function checkWizard(form: WizardForm, requestId: string, launchedBy: string): CheckResult {
  const parsed = cycleLaunchInputSchema.safeParse(launchInput(form, requestId));
  if (!parsed.success) {
    return {
      ok: false,
      errors: parsed.error.issues.map((issue) => ({
        path: issue.path.map(String).join('.'),
        message: issue.message,
      })),
    };
  }
  const launch = normalizeCycleLaunch(parsed.data, { launchedBy });
  return { ok: true, launch, calendar: cycleCalendar(launch) };
}

/** The errors that belong to the given step or an earlier one (later steps are not filled in yet). */
export function errorsUpTo(errors: readonly FieldError[], step: Step): FieldError[] {
  const limit = steps.indexOf(step);
  return errors.filter((error) => steps.indexOf(stepOf(error.path)) <= limit);
}

/** The earliest step with an error, for showing it. */
export function firstStepWithError(errors: readonly FieldError[]): Step | undefined {
  const indexes = errors.map((error) => steps.indexOf(stepOf(error.path)));
  return indexes.length > 0 ? steps[Math.min(...indexes)] : undefined;
}
