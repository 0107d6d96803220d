import { Alert, Anchor, Badge, Card, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useQueries, useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { CycleListItem, Occurrence } from '@leercyclus/domain';
import { ErrorState } from '../../components/ErrorState';
import { NewCycleButton } from '../../components/NewCycleButton';
import { EmptyState, LoadingState } from '../../components/QueryStates';
import { OccurrenceStatusBadge } from '../../components/StatusBadges';
import { formatDateTime, programmeTimeZone, useLocale } from '../../format/dates';
import { useNow } from '../../format/useNow';
import { useUserName } from '../../format/users';
import { useCurrentUser } from '../../session/CurrentUser';
import { useCan } from '../../session/permissions';
import { useTRPC } from '../../trpc/trpc';
import { processPathOf } from '../checkpoints/overdueRow';
import { cyclePath } from '../paths';
import { DemoProgrammeCard } from './DemoProgrammeCard';
import { OpenEscalations } from './OpenEscalations';
import { RunningGroups } from './RunningGroups';

/** How far ahead "this week" looks: the coming seven days. */
const weekMs = 7 * 86_400_000;
/** The running cycles whose calendars the dashboard reads for the coming sessions. */
const calendarLimit = 25;
const overdueShown = 5;

/** `/`: what needs attention now — running cycles, this week's sessions, overdue checkpoints. */
export function DashboardPage() {
  const { t } = useTranslation();
  const { userId } = useCurrentUser();
  useDocumentTitle(`${t('dashboard.title')} · ${t('app.name')}`);

  return (
    <Stack gap="lg">
      <Group justify="space-between">
        <Title order={2}>{t('dashboard.title')}</Title>
        <NewCycleButton />
      </Group>
      {userId === null ? <Alert color="blue">{t('dashboard.notSignedIn')}</Alert> : <DashboardSections />}
    </Stack>
  );
}

function DashboardSections() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const can = useCan();
  const running = useQuery(trpc.cycles.list.queryOptions({ status: 'running', limit: 200 }));

  return (
    <Stack gap="xl">
      <DemoProgrammeCard />
      <section aria-labelledby="dashboard-running">
        <Title order={3} size="h4" id="dashboard-running" mb="xs">
          {t('dashboard.running')}
        </Title>
        {running.isPending ? (
          <LoadingState label={t('dashboard.runningLoading')} />
        ) : running.isError ? (
          <ErrorState error={running.error} onRetry={() => void running.refetch()} />
        ) : running.data.length === 0 ? (
          <EmptyState>{t('dashboard.runningEmpty')}</EmptyState>
        ) : (
          <RunningCycles cycles={running.data} />
        )}
      </section>
      <RunningGroups />

      <section aria-labelledby="dashboard-week">
        <Title order={3} size="h4" id="dashboard-week" mb="xs">
          {t('dashboard.thisWeek')}
        </Title>
        {running.isPending ? (
          <LoadingState label={t('dashboard.thisWeekLoading')} />
        ) : running.isError ? (
          <ErrorState error={running.error} onRetry={() => void running.refetch()} />
        ) : (
          <ComingSessions cycles={running.data.slice(0, calendarLimit)} />
        )}
      </section>

      {can('checkpoints.overdue') && (
        <section aria-labelledby="dashboard-overdue">
          <Group justify="space-between" mb="xs">
            <Title order={3} size="h4" id="dashboard-overdue">
              {t('dashboard.overdue')}
            </Title>
            <Anchor component={Link} to="/checkpoints/overdue" size="sm">
              {t('dashboard.allOverdue')}
            </Anchor>
          </Group>
          <OverdueSummary />
        </section>
      )}
      <OpenEscalations />
    </Stack>
  );
}

function RunningCycles({ cycles }: { cycles: CycleListItem[] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }}>
      {cycles.map((cycle) => (
        <Card key={cycle.workflowId} withBorder padding="md">
          <Stack gap={4}>
            <Anchor component={Link} to={cyclePath(cycle.programmeId, cycle.number)} fw={600}>
              {cycle.title}
            </Anchor>
            <Text size="sm" c="dimmed">
              {t('cycle.subtitle', { programmeId: cycle.programmeId, number: cycle.number })}
            </Text>
            <Text size="sm">{cycle.districts.join(', ') || t('common.none')}</Text>
            <Text size="sm">
              {t('dashboard.next')}:{' '}
              {cycle.nextEventAt ? (
                <time dateTime={cycle.nextEventAt}>
                  {formatDateTime(cycle.nextEventAt, programmeTimeZone, locale)}
                </time>
              ) : (
                t('cycleList.noNextEvent')
              )}
            </Text>
            {cycle.overdueCheckpoints > 0 && (
              <Badge color="red" variant="light">
                {t('cycleList.overdueCheckpoints', { count: cycle.overdueCheckpoints })}
              </Badge>
            )}
          </Stack>
        </Card>
      ))}
    </SimpleGrid>
  );
}

interface ComingSession {
  cycle: CycleListItem;
  timeZone: string;
  occurrence: Occurrence;
}

/** The sessions and meetings of the coming seven days, across the running cycles (each one's live calendar). */
function ComingSessions({ cycles }: { cycles: CycleListItem[] }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const locale = useLocale();
  const now = useNow();
  const calendars = useQueries({
    queries: cycles.map((cycle) =>
      trpc.cycles.get.queryOptions({ programmeId: cycle.programmeId, number: cycle.number }),
    ),
  });

  if (cycles.length === 0) return <EmptyState>{t('dashboard.thisWeekNoCycles')}</EmptyState>;
  if (calendars.some((calendar) => calendar.isPending)) {
    return <LoadingState label={t('dashboard.thisWeekLoading')} />;
  }
  const failed = calendars.find((calendar) => calendar.isError);
  const sessions: ComingSession[] = calendars
    .flatMap((calendar, index) => {
      const state = calendar.data;
      if (!state) return [];
      return state.occurrences.map((occurrence) => ({
        cycle: cycles[index]!,
        timeZone: state.timeZone,
        occurrence,
      }));
    })
    .filter(({ occurrence }) => {
      const starts = Date.parse(occurrence.startsAt);
      return (
        occurrence.status !== 'cancelled' && Date.parse(occurrence.endsAt) > now && starts < now + weekMs
      );
    })
    .sort((a, b) => a.occurrence.startsAt.localeCompare(b.occurrence.startsAt));

  return (
    <Stack gap="sm">
      {failed && (
        <ErrorState
          error={failed.error}
          onRetry={() => calendars.forEach((calendar) => void calendar.refetch())}
        />
      )}
      {sessions.length === 0 ? (
        !failed && <EmptyState>{t('dashboard.thisWeekEmpty')}</EmptyState>
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table verticalSpacing="xs" striped>
            <Table.Caption>{t('dashboard.thisWeekCaption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('calendar.date')}</Table.Th>
                <Table.Th scope="col">{t('calendar.kind')}</Table.Th>
                <Table.Th scope="col">{t('calendar.district')}</Table.Th>
                <Table.Th scope="col">{t('dashboard.cycle')}</Table.Th>
                <Table.Th scope="col">{t('calendar.status')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {sessions.map(({ cycle, timeZone, occurrence }) => (
                <Table.Tr key={`${cycle.workflowId}/${occurrence.id}`}>
                  <Table.Td>
                    <time dateTime={occurrence.startsAt}>
                      {formatDateTime(occurrence.startsAt, timeZone, locale)}
                    </time>
                  </Table.Td>
                  <Table.Td>{t(`occurrenceKind.${occurrence.kind}`)}</Table.Td>
                  <Table.Td>{occurrence.district ?? t('calendar.wholeProgramme')}</Table.Td>
                  <Table.Td>
                    <Anchor component={Link} to={cyclePath(cycle.programmeId, cycle.number)} size="sm">
                      {cycle.title}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    <OccurrenceStatusBadge status={occurrence.status} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}

function OverdueSummary() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const locale = useLocale();
  const userName = useUserName();
  const overdue = useQuery(trpc.checkpoints.overdue.queryOptions({}));

  if (overdue.isPending) return <LoadingState label={t('overdue.loading')} />;
  if (overdue.isError) return <ErrorState error={overdue.error} onRetry={() => void overdue.refetch()} />;
  if (overdue.data.length === 0) return <EmptyState>{t('overdue.empty')}</EmptyState>;
  const rows = [...overdue.data].sort((a, b) => b.daysOverdue - a.daysOverdue).slice(0, overdueShown);
  return (
    <Stack gap="xs">
      <Table verticalSpacing="xs" striped>
        <Table.Caption>
          {t('dashboard.overdueCaption', { shown: rows.length, total: overdue.data.length })}
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('overdue.checkpoint')}</Table.Th>
            <Table.Th scope="col">{t('overdue.process')}</Table.Th>
            <Table.Th scope="col">{t('overdue.owner')}</Table.Th>
            <Table.Th scope="col">{t('overdue.due')}</Table.Th>
            <Table.Th scope="col">{t('overdue.daysOverdue')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => {
            const path = processPathOf(row);
            return (
              <Table.Tr key={`${row.processId}/${row.checkpointId}`}>
                <Table.Td>
                  {path ? (
                    <Anchor component={Link} to={`${path}?tab=checkpoints`} size="sm">
                      {row.title}
                    </Anchor>
                  ) : (
                    row.title
                  )}
                </Table.Td>
                <Table.Td>{row.processTitle}</Table.Td>
                <Table.Td>{userName(row.owner)}</Table.Td>
                <Table.Td>
                  <time dateTime={row.dueAt}>{formatDateTime(row.dueAt, programmeTimeZone, locale)}</time>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" c="red.8" fw={600} style={{ whiteSpace: 'nowrap' }}>
                    {t('overdue.days', { count: row.daysOverdue })}
                  </Text>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
