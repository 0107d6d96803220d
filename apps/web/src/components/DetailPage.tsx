import type { ReactNode } from 'react';
import { Alert, Anchor, Group, Stack, Text, Title } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import { Link } from 'react-router';
import { ErrorState } from './ErrorState';
import { LoadingState } from './QueryStates';

interface DetailPageProps<T> {
  /** The list the page belongs to, linked above it. */
  back: { to: string; label: string };
  /** What to say when the address names nothing the page can show; null when it does. */
  invalidAddress: string | null;
  query: UseQueryResult<T, unknown>;
  loadingLabel: string;
  notFoundText?: string;
  children: (data: T) => ReactNode;
}

/** The page of one thing read by its address: back to its list, then the thing or why it cannot be shown. */
export function DetailPage<T>({
  back,
  invalidAddress,
  query,
  loadingLabel,
  notFoundText,
  children,
}: DetailPageProps<T>) {
  return (
    <Stack gap="md">
      <Anchor component={Link} to={back.to} size="sm">
        ← {back.label}
      </Anchor>
      {invalidAddress !== null ? (
        <Alert color="yellow">{invalidAddress}</Alert>
      ) : query.isPending ? (
        <LoadingState label={loadingLabel} />
      ) : query.isError ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} notFoundText={notFoundText} />
      ) : (
        children(query.data)
      )}
    </Stack>
  );
}

interface DetailHeaderProps {
  title: string;
  /** Beside the title: the status. */
  badge: ReactNode;
  subtitle: string;
  /** On the right: what the user can do with the thing. */
  actions: ReactNode;
}

/** The head of a detail page: title and status, a line below, the actions on the right. */
export function DetailHeader({ title, badge, subtitle, actions }: DetailHeaderProps) {
  return (
    <Group justify="space-between" align="flex-start">
      <div>
        <Group gap="sm" align="center">
          <Title order={2}>{title}</Title>
          {badge}
        </Group>
        <Text c="dimmed" size="sm">
          {subtitle}
        </Text>
      </div>
      {actions}
    </Group>
  );
}
