import { useCallback } from 'react';
import { allows, type Procedure, type Where } from './access';
import { useSignedIn } from './Session';

export type { Procedure, Where } from './access';

/** Whether the signed-in person may call a procedure (on these scopes). */
export function useCan(): (procedure: Procedure, where?: Where) => boolean {
  const signedIn = useSignedIn();
  return useCallback((procedure, where) => allows(signedIn, procedure, where), [signedIn]);
}

/** What the signed-in person may do on a cycle: their roles in its programme. */
export function useCanOnCycle(cycle: { programmeId: string }): (procedure: Procedure) => boolean {
  const can = useCan();
  return (procedure) => can(procedure, { programme: cycle.programmeId });
}

/** What the signed-in person may do on a group: their roles in it, and in its programme. */
export function useCanOnGroup(group: {
  slug: string;
  programmeId: string | null;
}): (procedure: Procedure) => boolean {
  const can = useCan();
  return (procedure) => can(procedure, { group: group.slug, programme: group.programmeId });
}
