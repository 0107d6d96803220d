import type { ReactNode } from 'react';
import { CloseButton, Group } from '@mantine/core';

interface RemovableRowProps {
  /** Names the row, as the button reads to a screen reader. */
  removeLabel: string;
  onRemove: () => void;
  children: ReactNode;
}

/** One row of a list in a form: its fields side by side, and the button that takes it out again. */
export function RemovableRow({ removeLabel, onRemove, children }: RemovableRowProps) {
  return (
    <Group align="flex-start" wrap="nowrap">
      {children}
      {/* Level with the fields below their labels. */}
      <CloseButton mt={28} aria-label={removeLabel} onClick={onRemove} />
    </Group>
  );
}
