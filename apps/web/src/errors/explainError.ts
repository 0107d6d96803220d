import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { failureDetails, type ErrorKind } from './describeError';

/**
 * The sentence that explains an error of a kind, with what the server said beyond the kind: how long to wait
 * after too many calls, the reference to give the administrator after an internal error.
 */
export function useExplainError(): (error: unknown, kind: Exclude<ErrorKind, 'conflict'>) => string {
  const { t } = useTranslation();
  return useCallback(
    (error, kind) => {
      const { correlationId, retryAfterSeconds } = failureDetails(error);
      if (kind === 'tooMany') return t('errors.tooMany', { seconds: retryAfterSeconds ?? 60 });
      if (kind === 'server' && correlationId)
        return t('errors.serverReference', { reference: correlationId });
      return t(`errors.${kind}`);
    },
    [t],
  );
}
