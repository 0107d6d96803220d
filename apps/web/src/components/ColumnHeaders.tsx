import type { ReactNode } from 'react';
import { Table } from '@mantine/core';

/** A table's header row: one column header a label, left out where the label is `false`. */
export function ColumnHeaders({ labels }: { labels: readonly (ReactNode | false)[] }) {
  return (
    <Table.Thead>
      <Table.Tr>
        {labels.map(
          (label, index) =>
            label !== false && (
              <Table.Th scope="col" key={index}>
                {label}
              </Table.Th>
            ),
        )}
      </Table.Tr>
    </Table.Thead>
  );
}
