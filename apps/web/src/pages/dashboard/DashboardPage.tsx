import { Anchor, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { useQueries, useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { RouterOutputs } from '@leercyclus/api';
import type { Occurrence } from '@leercyclus/domain';
import { LaunchButton } from '../../components/LaunchButton';
import { Page } from '../../components/Page';
import { EmptyState } from '../../components/QueryStates';
import { QueriesView, QueryView } from '../../components/QueryView';
import { Region } from '../../components/Region';
import { OccurrenceStatusBadge } from '../../components/StatusBadges';
import { formatDateTime, useLocale } from '../../format/dates';
import { useNow } from '../../format/useNow';
import { useCan } from '../../session/permissions';
import { useTRPC } from '../../trpc/trpc';
import { OverdueCheckpointLink, OverdueTimingCells } from '../checkpoints/OverdueCells';
import { cyclePath } from '../paths';
import { DemoProgrammeCard } from './DemoProgrammeCard';
import { OpenEscalations } from './OpenEscalations';
import { ProcessCard } from './ProcessCard';
import { RunningGroups } from './RunningGroups';
import { StaleQuestions } from './StaleQuestions';
import { SummaryTable } from './SummaryTable';

/** How far ahead "this week" looks: the coming seven days. */
const weekMs = 7 * 86_400_000;
/** The running cycles whose calendars the dashboard reads for the coming sessions. */
const calendarLimit = 25;
const overdueShown = 5;

/** `/`: what needs attention now — running cycles, this week's sessions, overdue checkpoints. */
export function DashboardPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('dashboard.title')} action={<LaunchButton kind="cycle" />} gap="lg">
      <DashboardSections />
    </Page>
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
      <Region id="dashboard-running" title={t('dashboard.running')}>
        <QueryView
          query={running}
          loadingLabel={t('dashboard.runningLoading')}
          empty={t('dashboard.runningEmpty')}
        >
          {(cycles) => <RunningCycles cycles={cycles} />}
        </QueryView>
      </Region>
      <RunningGroups />

      <Region id="dashboard-week" title={t('dashboard.thisWeek')}>
        <QueryView query={running} loadingLabel={t('dashboard.thisWeekLoading')}>
          {(cycles) => <ComingSessions cycles={cycles.slice(0, calendarLimit)} />}
        </QueryView>
      </Region>

      {can('checkpoints.overdue') && (
        <Region
          id="dashboard-overdue"
          title={t('dashboard.overdue')}
          link={{ to: '/checkpoints/overdue', label: t('dashboard.allOverdue') }}
        >
          <OverdueSummary />
        </Region>
      )}
      <StaleQuestions />
      <OpenEscalations />
    </Stack>
  );
}

function RunningCycles({ cycles }: { cycles: RouterOutputs['cycles']['list'][number][] }) {
  const { t } = useTranslation();
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }}>
      {cycles.map((cycle) => (
        <ProcessCard
          key={cycle.workflowId}
          to={cyclePath(cycle.programmeId, cycle.number)}
          title={cycle.title}
          subtitle={t('cycle.subtitle', { programmeId: cycle.programmeId, number: cycle.number })}
          nextEventAt={cycle.nextEventAt}
          noNextEvent={t('cycleList.noNextEvent')}
          overdueCheckpoints={cycle.overdueCheckpoints}
        >
          <Text size="sm">{cycle.districts.join(', ') || t('common.none')}</Text>
        </ProcessCard>
      ))}
    </SimpleGrid>
  );
}

interface ComingSession {
  cycle: RouterOutputs['cycles']['list'][number];
  timeZone: string;
  occurrence: Occurrence;
}

/** The sessions and meetings of the coming seven days, across the running cycles (each one's live calendar). */
function ComingSessions({ cycles }: { cycles: RouterOutputs['cycles']['list'][number][] }) {
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
    <QueriesView
      queries={calendars}
      loadingLabel={t('dashboard.thisWeekLoading')}
      isEmpty={sessions.length === 0}
      empty={t('dashboard.thisWeekEmpty')}
    >
      <SummaryTable
        caption={t('dashboard.thisWeekCaption')}
        columns={[
          t('calendar.date'),
          t('calendar.kind'),
          t('calendar.district'),
          t('dashboard.cycle'),
          t('calendar.status'),
        ]}
      >
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
      </SummaryTable>
    </QueriesView>
  );
}

function OverdueSummary() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const overdue = useQuery(trpc.checkpoints.overdue.queryOptions({}));

  return (
    <QueryView query={overdue} loadingLabel={t('overdue.loading')} empty={t('overdue.empty')}>
      {(all) => {
        const rows = [...all].sort((a, b) => b.daysOverdue - a.daysOverdue).slice(0, overdueShown);
        return (
          <SummaryTable
            caption={t('dashboard.overdueCaption', { shown: rows.length, total: all.length })}
            columns={[
              t('overdue.checkpoint'),
              t('overdue.process'),
              t('overdue.owner'),
              t('overdue.due'),
              t('overdue.daysOverdue'),
            ]}
          >
            {rows.map((row) => (
              <Table.Tr key={`${row.processId}/${row.checkpointId}`}>
                <Table.Td>
                  <OverdueCheckpointLink row={row} />
                </Table.Td>
                <Table.Td>{row.processTitle}</Table.Td>
                <OverdueTimingCells row={row} />
              </Table.Tr>
            ))}
          </SummaryTable>
        );
      }}
    </QueryView>
  );
}
