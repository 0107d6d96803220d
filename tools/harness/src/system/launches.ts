import type { Client, WorkflowStartOptions } from '@temporalio/client';
import {
  addDays,
  cycleLaunchInputSchema,
  dateInZone,
  normalizeCycleLaunch,
  type CycleLaunchInput,
} from '@leercyclus/domain';
import { learningCycleStartOptions, type learningCycle } from '@leercyclus/workflows';
import { users } from './apiClient.js';

/** A programme takes cycle numbers 1 to 999; the n-th cycle of a run gets a programme and number from n. */
export function cycleRef(prefix: string, n: number): { programmeId: string; number: number } {
  return { programmeId: `${prefix}-${Math.floor(n / 999)}`, number: (n % 999) + 1 };
}

export interface LaunchShape {
  /** Started 35 days ago with a checkpoint due 8 days ago: ten sessions due and one checkpoint overdue at once. */
  overdue?: boolean;
}

/**
 * The launch a client sends for a cycle of two districts (West on Thursday, Zuid on Tuesday), starting
 * tomorrow in Amsterdam: thirteen weeks of sessions, a partner gathering per district, one joint evaluation.
 */
export function launchInput(
  ref: { programmeId: string; number: number },
  requestId: string,
  shape: LaunchShape = {},
  now = new Date(),
): CycleLaunchInput & { requestId: string } {
  const today = dateInZone(now, 'Europe/Amsterdam');
  return {
    requestId,
    programmeId: ref.programmeId,
    number: ref.number,
    title: `Proeftuin samenspel in de wijk, cyclus ${ref.number}`,
    startsOn: shape.overdue ? addDays(today, -35) : addDays(today, 1),
    districts: [
      { name: 'West', weekday: 'thursday', startTime: '13:30', durationMinutes: 120 },
      { name: 'Zuid', weekday: 'tuesday', startTime: '13:00', durationMinutes: 120 },
    ],
    ...(shape.overdue
      ? {
          checkpoints: [
            {
              title: 'Tussenevaluatie',
              owner: users.coordinator,
              dueOn: addDays(today, -8),
              dueTime: '17:00',
            },
          ],
        }
      : {}),
  };
}

/** The start options the API would use for this input: what the raw client sends for the same workflow. */
export function rawStartOptions(
  input: CycleLaunchInput & { requestId: string },
  launchedBy: string = users.leader,
): WorkflowStartOptions<typeof learningCycle> {
  const launch = normalizeCycleLaunch(cycleLaunchInputSchema.parse(input), { launchedBy });
  return learningCycleStartOptions(launch, input.requestId);
}

export function startRaw(
  client: Client,
  options: WorkflowStartOptions<typeof learningCycle>,
): Promise<unknown> {
  return client.workflow.start('learningCycle', options);
}
