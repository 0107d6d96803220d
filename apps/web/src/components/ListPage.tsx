import { Fragment, type ReactNode } from 'react';
import { Table } from '@mantine/core';
import { useQuery, type QueryKey, type UseQueryOptions } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ColumnHeaders } from './ColumnHeaders';
import { useCan } from '../session/permissions';
import { LaunchButton } from './LaunchButton';
import { processKinds, type ProcessKind } from './processKinds';
import { QueryView } from './QueryView';
import { Page } from './Page';

interface ListPageProps<Item extends { workflowId: string }, Failure, Key extends QueryKey> {
  kind: ProcessKind;
  /** The list's query. */
  list: UseQueryOptions<Item[], Failure, Item[], Key>;
  minWidth: number;
  /** The columns, by their texts' names in the page's section of texts. */
  columns: readonly string[];
  /** One cycle's or group's row. */
  children: (item: Item) => ReactNode;
}

/**
 * The list of every cycle or group, newest first, in a table a row each: a way to launch one, and an empty list
 * that says how to start.
 */
export function ListPage<Item extends { workflowId: string }, Failure, Key extends QueryKey>({
  kind,
  list,
  minWidth,
  columns,
  children,
}: ListPageProps<Item, Failure, Key>) {
  const { t } = useTranslation();
  const query = useQuery(list);
  const { listTexts: texts, launch } = processKinds[kind];
  const canLaunch = useCan()(launch);
  return (
    <Page title={t(`${texts}.title`)} action={<LaunchButton kind={kind} />}>
      <QueryView
        query={query}
        loadingLabel={t(`${texts}.loading`)}
        empty={canLaunch ? t(`${texts}.emptyProjectLeader`) : t(`${texts}.empty`)}
      >
        {(items) => (
          <Table.ScrollContainer minWidth={minWidth}>
            <Table highlightOnHover verticalSpacing="sm">
              <Table.Caption>{t(`${texts}.caption`)}</Table.Caption>
              <ColumnHeaders
                labels={columns.map((column) => t(`${texts}.${column}` as `${typeof texts}.caption`))}
              />
              <Table.Tbody>
                {items.map((item) => (
                  <Fragment key={item.workflowId}>{children(item)}</Fragment>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </QueryView>
    </Page>
  );
}
