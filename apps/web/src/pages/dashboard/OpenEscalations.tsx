import { Anchor, Group, Table, Text } from '@mantine/core';
import { useQueries, useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { QueriesView, QueryView } from '../../components/QueryView';
import { Region } from '../../components/Region';
import { useCan } from '../../session/permissions';
import type { RouterOutputs } from '@leercyclus/api';
import { useTRPC } from '../../trpc/trpc';
import { DueBadge } from '../escalations/DueBadge';
import { sourcePathOf } from '../escalations/source';
import { useSourceLabel } from '../escalations/useSourceLabel';
import { SummaryTable } from './SummaryTable';
import { useEscalationWords } from '../../format/escalationWording';

const shown = 5;

/** The dashboard's region of open escalations across the management tables, oldest first, for those who read them. */
export function OpenEscalations() {
  const { t } = useTranslation();
  const can = useCan();
  if (!can('escalations.inbox')) return null;
  return (
    <Region
      id="dashboard-escalations"
      title={t('escalations.dashboard.title')}
      link={{ to: '/escalations', label: t('escalations.dashboard.all') }}
    >
      <OpenEscalationsList />
    </Region>
  );
}

function OpenEscalationsList() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const can = useCan();
  const tables = useQuery(trpc.tables.list.queryOptions());
  // The tables the person sits on: the list also names those their programmes escalate to.
  const hasOpen = (table: RouterOutputs['tables']['list'][number]) =>
    table.open > 0 && can('escalations.inbox', { table: table.slug });

  return (
    <QueryView
      query={tables}
      loadingLabel={t('escalations.dashboard.loading')}
      isEmpty={(all) => !all.some(hasOpen)}
      empty={t('escalations.dashboard.empty')}
    >
      {(all) => <OldestOpen tables={all.filter(hasOpen)} />}
    </QueryView>
  );
}

/** The oldest open items of the tables that hold any, each table's inbox read live. */
function OldestOpen({ tables }: { tables: RouterOutputs['tables']['list'][number][] }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const sourceLabel = useSourceLabel();
  const words = useEscalationWords();
  const inboxes = useQueries({
    queries: tables.map((table) => trpc.escalations.inbox.queryOptions({ table: table.slug })),
  });

  const items = inboxes
    .flatMap((inbox, index) => (inbox.data ?? []).map((item) => ({ item, table: tables[index]! })))
    .sort((a, b) => a.item.receivedAt.localeCompare(b.item.receivedAt));
  const rows = items.slice(0, shown);

  return (
    <QueriesView
      queries={inboxes}
      loadingLabel={t('escalations.dashboard.loading')}
      isEmpty={rows.length === 0}
      empty={t('escalations.dashboard.empty')}
      gap="xs"
    >
      <SummaryTable
        caption={t('escalations.dashboard.caption', { shown: rows.length, total: items.length })}
        columns={[
          t('escalations.dashboard.question'),
          t('escalations.dashboard.table'),
          t('escalations.dashboard.source'),
          t('escalations.dashboard.daysOpen'),
        ]}
      >
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
                  {words(item).text}
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
      </SummaryTable>
    </QueriesView>
  );
}
