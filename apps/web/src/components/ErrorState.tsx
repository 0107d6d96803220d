import { Alert, Button, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { errorKind, serverMessage } from '../errors/describeError';
import { useExplainError } from '../errors/explainError';
import { useTRPC } from '../trpc/trpc';

interface ErrorStateProps {
  error: unknown;
  onRetry?: () => void;
  /** What to say when the thing asked for does not exist, in the page's own terms. */
  notFoundText?: string;
}

/** A failed load, explained in words a user understands, with a way to try again. */
export function ErrorState({ error, onRetry, notFoundText }: ErrorStateProps) {
  const { t } = useTranslation();
  const explain = useExplainError();
  const trpc = useTRPC();
  const kind = errorKind(error);
  // A server failure is most often Temporal being away; the health check says whether it is.
  const health = useQuery(trpc.health.queryOptions(undefined, { enabled: kind === 'server', retry: false }));
  const temporalDown = kind === 'server' && health.data?.temporal.reachable === false;

  const text =
    kind === 'notFound' && notFoundText
      ? notFoundText
      : kind === 'badRequest'
        ? t('errors.badRequest', { message: serverMessage(error) })
        : temporalDown
          ? t('errors.temporalDown')
          : explain(error, kind === 'conflict' ? 'server' : kind);

  return (
    <Alert color={kind === 'notFound' ? 'yellow' : 'red'} title={t('errors.title')} role="alert">
      <Stack gap="sm" align="flex-start">
        <Text size="sm">{text}</Text>
        {onRetry && kind !== 'notFound' && kind !== 'forbidden' && (
          <Button size="xs" variant="light" onClick={onRetry}>
            {t('common.retry')}
          </Button>
        )}
      </Stack>
    </Alert>
  );
}
