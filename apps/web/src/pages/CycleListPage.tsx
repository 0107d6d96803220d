import { Alert, Anchor, Badge, Group, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { CycleListItem } from '@leercyclus/domain';
import { ErrorState } from '../components/ErrorState';
import { NewCycleButton } from '../components/NewCycleButton';
import { CycleStatusBadge } from '../components/StatusBadges';
import { formatDateTime, programmeTimeZone, useLocale } from '../format/dates';
import { useCurrentUser } from '../session/CurrentUser';
import { useTRPC } from '../trpc/trpc';
import { cyclePath } from './paths';

/** `/` and `/cycles`: every learning cycle, each row leading to its page. */
export function CycleListPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const { userId, hasRole } = useCurrentUser();
  useDocumentTitle(`${t('cycleList.title')} · ${t('app.name')}`);
  const cycles = useQuery(trpc.cycles.list.queryOptions(undefined, { enabled: userId !== null }));

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={2}>{t('cycleList.title')}</Title>
        <NewCycleButton />
      </Group>
      {userId === null ? (
        <Alert color="blue">{t('cycleList.notSignedIn')}</Alert>
      ) : cycles.isPending ? (
        <Group gap="sm" role="status">
          <Loader size="sm" />
          <Text>{t('cycleList.loading')}</Text>
        </Group>
      ) : cycles.isError ? (
        <ErrorState error={cycles.error} onRetry={() => void cycles.refetch()} />
      ) : cycles.data.length === 0 ? (
        <Alert color="gray">
          {hasRole('projectLeader') ? t('cycleList.emptyProjectLeader') : t('cycleList.empty')}
        </Alert>
      ) : (
        <CycleTable cycles={cycles.data} />
      )}
    </Stack>
  );
}

function CycleTable({ cycles }: { cycles: CycleListItem[] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const navigate = useNavigate();
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table highlightOnHover verticalSpacing="sm">
        <Table.Caption>{t('cycleList.caption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('cycleList.programme')}</Table.Th>
            <Table.Th>{t('cycleList.number')}</Table.Th>
            <Table.Th>{t('cycleList.cycleTitle')}</Table.Th>
            <Table.Th>{t('cycleList.districts')}</Table.Th>
            <Table.Th>{t('cycleList.status')}</Table.Th>
            <Table.Th>{t('cycleList.nextEvent')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {cycles.map((cycle) => {
            const path = cyclePath(cycle.programmeId, cycle.number);
            return (
              // The title is the row's link (and keyboard stop); a click anywhere on the row follows it too.
              <Table.Tr
                key={cycle.workflowId}
                onClick={() => void navigate(path)}
                style={{ cursor: 'pointer' }}
              >
                <Table.Td>
                  <Text size="sm" ff="monospace">
                    {cycle.programmeId}
                  </Text>
                </Table.Td>
                <Table.Td>{cycle.number}</Table.Td>
                <Table.Td>
                  <Anchor component={Link} to={path} onClick={(event) => event.stopPropagation()}>
                    {cycle.title}
                  </Anchor>
                  {cycle.overdueCheckpoints > 0 && (
                    <Badge color="red" variant="light" ml="xs">
                      {t('cycleList.overdueCheckpoints', { count: cycle.overdueCheckpoints })}
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td>{cycle.districts.join(', ') || t('common.none')}</Table.Td>
                <Table.Td>
                  <CycleStatusBadge status={cycle.status} />
                </Table.Td>
                <Table.Td>
                  {cycle.nextEventAt ? (
                    <time dateTime={cycle.nextEventAt}>
                      {formatDateTime(cycle.nextEventAt, programmeTimeZone, locale)}
                    </time>
                  ) : (
                    <Text size="sm" c="dimmed">
                      {t('cycleList.noNextEvent')}
                    </Text>
                  )}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
