import type { Role } from '@leercyclus/domain';
import { useCurrentUser } from './CurrentUser';

/**
 * The roles each procedure the panel calls allows, as the API states them (apps/api/src/routers). The panel
 * shows an action only to those the API would let through; the API checks again on every call.
 */
export const procedureRoles = {
  'cycles.launch': ['projectLeader'],
  'cycles.recordSession': ['monitor', 'projectLeader'],
  'cycles.addQuestion': ['monitor', 'projectLeader', 'coordinator'],
  'cycles.updateQuestion': ['monitor', 'projectLeader', 'coordinator'],
  'cycles.escalateQuestion': ['monitor', 'projectLeader', 'coordinator'],
  'cycles.submitEvaluation': ['coordinator', 'projectLeader', 'monitor'],
  'cycles.moveOccurrence': ['projectLeader', 'coordinator'],
  'cycles.extend': ['projectLeader'],
  'cycles.close': ['projectLeader'],
  'checkpoints.overdue': ['coordinator', 'projectLeader', 'management'],
  'checkpoints.remind': ['coordinator', 'projectLeader'],
  'cases.stats': ['projectLeader', 'coordinator', 'monitor', 'management'],
  'demo.load': ['projectLeader'],
  'groups.launch': ['projectLeader'],
  'groups.join': ['projectLeader', 'monitor', 'coordinator'],
  'groups.leave': ['projectLeader', 'monitor', 'coordinator'],
  'groups.advance': ['monitor', 'projectLeader'],
  'groups.submitEvaluation': ['coordinator', 'projectLeader', 'monitor'],
  'groups.raiseObstacle': ['monitor', 'projectLeader', 'coordinator'],
  'groups.escalate': ['monitor', 'projectLeader', 'coordinator'],
  'groups.complete': ['projectLeader', 'monitor'],
  'tables.list': ['management', 'projectLeader', 'coordinator'],
  'escalations.inbox': ['management', 'projectLeader', 'coordinator'],
  'escalations.respond': ['management'],
} as const satisfies Record<string, readonly Role[]>;

export type Procedure = keyof typeof procedureRoles;

export function allows(roles: readonly Role[], procedure: Procedure): boolean {
  const allowed: readonly Role[] = procedureRoles[procedure];
  return roles.some((role) => allowed.includes(role));
}

/** Whether the signed-in user may call a procedure. */
export function useCan(): (procedure: Procedure) => boolean {
  const { user } = useCurrentUser();
  return (procedure) => (user ? allows(user.roles, procedure) : false);
}
