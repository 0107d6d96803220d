import type { ReactNode } from 'react';
import { Alert, Group, Loader, Text } from '@mantine/core';

/** A list or page still loading, announced to screen readers. */
export function LoadingState({ label }: { label: string }) {
  return (
    <Group gap="sm" role="status">
      <Loader size="sm" aria-hidden />
      <Text size="sm">{label}</Text>
    </Group>
  );
}

/** A list with nothing in it, saying why and what to do. */
export function EmptyState({ children }: { children: ReactNode }) {
  return (
    <Alert color="gray" variant="light">
      {children}
    </Alert>
  );
}
