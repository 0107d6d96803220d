import type { ReactNode } from 'react';
import { Text } from '@mantine/core';

/** A line of text after its label in bold: “Label: text”. */
export function LabelledText({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Text size="sm">
      <Text span fw={600}>
        {label}:{' '}
      </Text>
      {children}
    </Text>
  );
}
