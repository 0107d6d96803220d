import type { ReactNode } from 'react';
import { Button, Fieldset, Group, Text } from '@mantine/core';

interface RowListProps<Row extends { key: number }> {
  rows: readonly Row[];
  /** The error of the list as a whole. */
  error?: ReactNode;
  /** The error of one row as a whole, shown above its fields or, with `rowErrorBelow`, under them. */
  rowError: (index: number) => ReactNode;
  rowErrorBelow?: boolean;
  legend: (index: number) => string;
  /** The row's fields. */
  renderRow: (row: Row, index: number) => ReactNode;
  removeLabel: (row: Row, index: number) => string;
  onRemove: (index: number) => void;
  /** How many rows the list keeps at the least: below it, no row offers to be removed. */
  minRows?: number;
  addLabel: string;
  onAdd: () => void;
  /** What stands between the list's error and its rows. */
  children?: ReactNode;
}

/**
 * A list of rows a wizard's user adds to and removes from, each row a fieldset named by its number. Its parts
 * stand as siblings in the step's own stack.
 */
export function RowList<Row extends { key: number }>({
  rows,
  error,
  rowError,
  rowErrorBelow = false,
  legend,
  renderRow,
  removeLabel,
  onRemove,
  minRows = 0,
  addLabel,
  onAdd,
  children,
}: RowListProps<Row>) {
  return (
    <>
      {error && (
        <Text c="red" size="sm" role="alert">
          {error}
        </Text>
      )}
      {children}
      {rows.map((row, index) => {
        const message = rowError(index);
        return (
          <Fieldset key={row.key} legend={legend(index)} variant="filled">
            {message && !rowErrorBelow && (
              <Text c="red" size="sm" mb="xs">
                {message}
              </Text>
            )}
            {renderRow(row, index)}
            {message && rowErrorBelow && (
              <Text c="red" size="sm" mt="xs">
                {message}
              </Text>
            )}
            {rows.length > minRows && (
              <Button variant="subtle" color="red" size="xs" mt="xs" onClick={() => onRemove(index)}>
                {removeLabel(row, index)}
              </Button>
            )}
          </Fieldset>
        );
      })}
      <Group>
        <Button variant="light" size="xs" onClick={onAdd}>
          {addLabel}
        </Button>
      </Group>
    </>
  );
}
