import { useCallback, useState } from 'react';
import { errorKind } from '../errors/describeError';
import { newRequestId } from './requestId';

/**
 * The request id of one form: the same for a retry after a lost answer (the command then takes effect once),
 * a new one after the API refused the command, since a corrected command is another command.
 */
export function useRequestId(): [string, (error: unknown) => void] {
  const [requestId, setRequestId] = useState(newRequestId);
  const renewAfter = useCallback((error: unknown) => {
    const kind = errorKind(error);
    if (kind !== 'network' && kind !== 'unavailable' && kind !== 'server') setRequestId(newRequestId());
  }, []);
  return [requestId, renewAfter];
}
