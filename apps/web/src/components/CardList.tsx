import type { ReactNode } from 'react';
import { Stack } from '@mantine/core';
import { EmptyState } from './QueryStates';

interface CardListProps<T> {
  /** The list's name for screen readers. */
  label: string;
  items: readonly T[];
  /** What to say instead of an empty list. */
  empty: ReactNode;
  /** One card, a list item (`Paper component="li"`). */
  children: (item: T) => ReactNode;
}

/** A list of cards, named for screen readers; an empty one says why. */
export function CardList<T>({ label, items, empty, children }: CardListProps<T>) {
  if (items.length === 0) return <EmptyState>{empty}</EmptyState>;
  return (
    <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }} aria-label={label}>
      {items.map(children)}
    </Stack>
  );
}
