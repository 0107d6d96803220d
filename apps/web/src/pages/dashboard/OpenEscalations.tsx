import { Anchor, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useQueries, useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../components/ErrorState';
import { EmptyState, LoadingState } from '../../components/QueryStates';
import { useCan } from '../../session/permissions';
import type { TableSummary } from '../../trpc/outputs';
import { useTRPC } from '../../trpc/trpc';
import { DueBadge } from '../escalations/DueBadge';
import { sourcePathOf } from '../escalations/source';
import { useSourceLabel } from '../escalations/useSourceLabel';

const shown = 5;

/** The dashboard's region of open escalations across the management tables, oldest first, for those who read them. */
export function OpenEscalations() {
  const { t } = useTranslation();
  const can = useCan();
  if (!can('escalations.inbox')) return null;
  return (
    <section aria-labelledby="dashboard-escalations">
      <Group justify="space-between" mb="xs">
        <Title order={3} size="h4" id="dashboard-escalations">
          {t('escalations.dashboard.title')}
        </Title>
        <Anchor component={Link} to="/escalations" size="sm">
          {t('escalations.dashboard.all')}
        </Anchor>
      </Group>
      <OpenEscalationsList />
    </section>
  );
}

function OpenEscalationsList() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const tables = useQuery(trpc.tables.list.queryOptions());

  if (tables.isPending) return <LoadingState label={t('escalations.dashboard.loading')} />;
  if (tables.isError) return <ErrorState error={tables.error} onRetry={() => void tables.refetch()} />;
  const withOpen = tables.data.filter((table) => table.open > 0);
  if (withOpen.length === 0) return <EmptyState>{t('escalations.dashboard.empty')}</EmptyState>;
  return <OldestOpen tables={withOpen} />;
}

/** The oldest open items of the tables that hold any, each table's inbox read live. */
function OldestOpen({ tables }: { tables: TableSummary[] }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const sourceLabel = useSourceLabel();
  const inboxes = useQueries({
    queries: tables.map((table) => trpc.escalations.inbox.queryOptions({ table: table.slug })),
  });

  if (inboxes.some((inbox) => inbox.isPending)) {
    return <LoadingState label={t('escalations.dashboard.loading')} />;
  }
  const failed = inboxes.find((inbox) => inbox.isError);
  const items = inboxes
    .flatMap((inbox, index) => (inbox.data ?? []).map((item) => ({ item, table: tables[index]! })))
    .sort((a, b) => a.item.receivedAt.localeCompare(b.item.receivedAt));
  const rows = items.slice(0, shown);

  return (
    <Stack gap="xs">
      {failed && (
        <ErrorState error={failed.error} onRetry={() => inboxes.forEach((inbox) => void inbox.refetch())} />
      )}
      {rows.length === 0 ? (
        !failed && <EmptyState>{t('escalations.dashboard.empty')}</EmptyState>
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table verticalSpacing="xs" striped>
            <Table.Caption>
              {t('escalations.dashboard.caption', { shown: rows.length, total: items.length })}
            </Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('escalations.dashboard.question')}</Table.Th>
                <Table.Th scope="col">{t('escalations.dashboard.table')}</Table.Th>
                <Table.Th scope="col">{t('escalations.dashboard.source')}</Table.Th>
                <Table.Th scope="col">{t('escalations.dashboard.daysOpen')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map(({ item, table }) => {
                const path = sourcePathOf(item.source);
                return (
                  <Table.Tr key={item.id}>
                    <Table.Td>
                      <Anchor
                        component={Link}
                        to={`/escalations?table=${encodeURIComponent(table.slug)}`}
                        size="sm"
                        lineClamp={2}
                      >
                        {item.text}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>{table.name}</Table.Td>
                    <Table.Td>
                      {path ? (
                        <Anchor component={Link} to={path} size="sm">
                          {sourceLabel(item.source)}
                        </Anchor>
                      ) : (
                        sourceLabel(item.source)
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Group gap="xs" wrap="nowrap">
                        <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                          {t('escalations.daysOpen', { count: item.daysOpen })}
                        </Text>
                        <DueBadge item={item} />
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
