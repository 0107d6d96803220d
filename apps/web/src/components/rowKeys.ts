let nextKey = 1;

/** A key for a row a user adds to a list: it stays the row's as rows above it are removed. */
export function newRowKey(): number {
  return nextKey++;
}
