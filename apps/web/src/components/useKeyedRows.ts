import { useState } from 'react';

let nextKey = 1;

/** The rows of a list a form's user adds to and removes from, each with a key that outlives its position. */
export function useKeyedRows<Row extends object>() {
  const [rows, setRows] = useState<(Row & { key: number })[]>([]);
  return {
    rows,
    add: (row: Row) => setRows((current) => [...current, { ...row, key: nextKey++ }]),
    change: (key: number, change: Partial<Row>) =>
      setRows((current) => current.map((row) => (row.key === key ? { ...row, ...change } : row))),
    remove: (key: number) => setRows((current) => current.filter((row) => row.key !== key)),
  };
}
