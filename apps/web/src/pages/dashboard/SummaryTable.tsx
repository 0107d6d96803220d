import type { ReactNode } from 'react';
import { Table } from '@mantine/core';
import { ColumnHeaders } from '../../components/ColumnHeaders';

interface SummaryTableProps {
  caption: string;
  columns: readonly string[];
  /** The rows. */
  children: ReactNode;
}

/** A dashboard region's table: the few rows that need attention first, scrolling sideways on a narrow screen. */
export function SummaryTable({ caption, columns, children }: SummaryTableProps) {
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table verticalSpacing="xs" striped>
        <Table.Caption>{caption}</Table.Caption>
        <ColumnHeaders labels={columns} />
        <Table.Tbody>{children}</Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
