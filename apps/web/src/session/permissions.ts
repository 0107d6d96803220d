import { useCallback } from 'react';
import { allows, type Procedure, type Where } from './access';
import { useSignedIn } from './Session';

export type { Procedure, Where } from './access';

/** Whether the signed-in person may call a procedure (on these scopes). */
export function useCan(): (procedure: Procedure, where?: Where) => boolean {
  const signedIn = useSignedIn();
  return useCallback((procedure, where) => allows(signedIn, procedure, where), [signedIn]);
}
