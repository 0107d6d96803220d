import type { ReactNode } from 'react';
import { Stack, type StackProps } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import { ErrorState } from './ErrorState';
import { EmptyState, LoadingState } from './QueryStates';

interface QueryViewProps<Data> {
  query: UseQueryResult<Data, unknown>;
  /** What is said while the query loads. */
  loadingLabel: string;
  /** What the error says when the thing asked for does not exist, in the page's own terms. */
  notFoundText?: string;
  /** What is said when the data holds nothing to show. */
  empty?: ReactNode;
  /** Whether the data holds nothing to show; by default, whether it is an empty list. */
  isEmpty?: (data: Data) => boolean;
  children: (data: Data) => ReactNode;
}

/** One query's data once it is there: loading until then, its failure with a retry, or why there is nothing. */
export function QueryView<Data>({
  query,
  loadingLabel,
  notFoundText,
  empty,
  isEmpty = (data) => Array.isArray(data) && data.length === 0,
  children,
}: QueryViewProps<Data>) {
  if (query.isPending) return <LoadingState label={loadingLabel} />;
  if (query.isError) {
    return (
      <ErrorState error={query.error} onRetry={() => void query.refetch()} notFoundText={notFoundText} />
    );
  }
  if (empty !== undefined && isEmpty(query.data)) return <EmptyState>{empty}</EmptyState>;
  return children(query.data);
}

interface QueriesViewProps {
  queries: readonly UseQueryResult<unknown, unknown>[];
  /** What is said while any of the queries loads. */
  loadingLabel: string;
  /** Whether what the queries that answered hold comes to nothing; then `empty` is said, unless one failed. */
  isEmpty: boolean;
  empty: ReactNode;
  gap?: StackProps['gap'];
  /** What the queries that answered hold. */
  children: ReactNode;
}

/**
 * Several queries read as one list: loading until all have answered, then what the answered ones hold, with
 * the failure of any other above it and a retry of all.
 */
export function QueriesView({
  queries,
  loadingLabel,
  isEmpty,
  empty,
  gap = 'sm',
  children,
}: QueriesViewProps) {
  if (queries.some((query) => query.isPending)) return <LoadingState label={loadingLabel} />;
  const failed = queries.find((query) => query.isError);
  return (
    <Stack gap={gap}>
      {failed && (
        <ErrorState error={failed.error} onRetry={() => queries.forEach((query) => void query.refetch())} />
      )}
      {isEmpty ? !failed && <EmptyState>{empty}</EmptyState> : children}
    </Stack>
  );
}
