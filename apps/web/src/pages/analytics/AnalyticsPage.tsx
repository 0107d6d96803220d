import '@mantine/charts/styles.css';
import { Alert, Card, Group, NativeSelect, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { BarChart } from '@mantine/charts';
import { useDocumentTitle } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ageGroups } from '@leercyclus/domain';
import { ErrorState } from '../../components/ErrorState';
import { EmptyState, LoadingState } from '../../components/QueryStates';
import { QueryView } from '../../components/QueryView';
import { ReportMenu } from '../../components/ReportMenu';
import { Region } from '../../components/Region';
import { useLocale } from '../../format/dates';
import { useCategoryLabel } from '../../format/labels';
import { useCan } from '../../session/permissions';
import type { RouterOutputs } from '@leercyclus/api';
import { useTRPC } from '../../trpc/trpc';

const colors = ['teal.6', 'blue.6', 'grape.6', 'orange.6', 'cyan.6', 'pink.6', 'lime.7', 'indigo.6'];

/** `/analytics`: the learning agenda per category per cycle, and the case figures with the avoided cost. */
export function AnalyticsPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const [searchParams, setSearchParams] = useSearchParams();
  useDocumentTitle(`${t('analytics.title')} · ${t('app.name')}`);
  const programmes = useQuery(trpc.programmes.list.queryOptions());
  const cycles = useQuery(trpc.cycles.list.queryOptions());

  const ids = [
    ...new Set([
      ...(programmes.data ?? []).map((programme) => programme.id),
      ...(cycles.data ?? []).map((cycle) => cycle.programmeId),
    ]),
  ].sort();
  const requested = searchParams.get('programme');
  const programmeId = requested && ids.includes(requested) ? requested : ids[0];
  const nameOf = (id: string) => programmes.data?.find((programme) => programme.id === id)?.name ?? id;

  return (
    <Stack gap="lg">
      <Title order={2}>{t('analytics.title')}</Title>
      {programmes.isPending || cycles.isPending ? (
        <LoadingState label={t('analytics.loadingProgrammes')} />
      ) : programmes.isError && cycles.isError ? (
        <ErrorState error={programmes.error} onRetry={() => void programmes.refetch()} />
      ) : programmeId === undefined ? (
        <EmptyState>{t('analytics.noProgrammes')}</EmptyState>
      ) : (
        <>
          <NativeSelect
            label={t('analytics.programme')}
            maw={420}
            value={programmeId}
            onChange={(event) => {
              const programme = event.currentTarget.value;
              setSearchParams({ programme }, { replace: true });
            }}
            data={ids.map((id) => ({ value: id, label: id === nameOf(id) ? id : `${nameOf(id)} (${id})` }))}
          />
          <Group>
            <ReportMenu programmeId={programmeId} />
          </Group>
          <QuestionsPerCategory programmeId={programmeId} />
          <CaseFigures programmeId={programmeId} />
        </>
      )}
    </Stack>
  );
}

function QuestionsPerCategory({ programmeId }: { programmeId: string }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const categoryLabel = useCategoryLabel();
  const counts = useQuery(trpc.agenda.byCategory.queryOptions({ programmeId }));

  return (
    <Region id="analytics-categories" title={t('analytics.perCategory')}>
      <QueryView
        query={counts}
        loadingLabel={t('analytics.loadingAgenda')}
        empty={t('analytics.noQuestions')}
      >
        {(data) => <CategoryChart counts={data} categoryLabel={categoryLabel} />}
      </QueryView>
    </Region>
  );
}

function cycleKey(count: RouterOutputs['agenda']['byCategory'][number]): string {
  return count.cycleNumber === null ? count.cycleId : `cycle-${count.cycleNumber}`;
}

function CategoryChart({
  counts,
  categoryLabel,
}: {
  counts: RouterOutputs['agenda']['byCategory'][number][];
  categoryLabel: (code: string) => string;
}) {
  const { t } = useTranslation();
  const cycles = [...new Map(counts.map((count) => [cycleKey(count), count])).values()].sort(
    (a, b) => (a.cycleNumber ?? 0) - (b.cycleNumber ?? 0),
  );
  const categories = [...new Set(counts.map((count) => count.category))];
  const rows = categories.map((category) => ({
    category: categoryLabel(category),
    ...Object.fromEntries(
      cycles.map((cycle) => [
        cycleKey(cycle),
        counts.find((count) => count.category === category && cycleKey(count) === cycleKey(cycle))
          ?.questions ?? 0,
      ]),
    ),
  }));
  const cycleLabel = (cycle: RouterOutputs['agenda']['byCategory'][number]) =>
    cycle.cycleNumber === null ? cycle.cycleTitle : t('analytics.cycleNumber', { number: cycle.cycleNumber });

  return (
    <Stack gap="md">
      <div aria-hidden>
        <BarChart
          h={Math.max(220, categories.length * (28 + cycles.length * 8))}
          data={rows}
          dataKey="category"
          orientation="vertical"
          yAxisProps={{ width: 230 }}
          xAxisProps={{ allowDecimals: false }}
          maxBarWidth={28}
          withLegend
          series={cycles.map((cycle, index) => ({
            name: cycleKey(cycle),
            label: cycleLabel(cycle),
            color: colors[index % colors.length]!,
          }))}
        />
      </div>
      <Table.ScrollContainer minWidth={480}>
        <Table striped withTableBorder verticalSpacing={4}>
          <Table.Caption>{t('analytics.perCategoryCaption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('question.category')}</Table.Th>
              {cycles.map((cycle) => (
                <Table.Th scope="col" key={cycleKey(cycle)} ta="right">
                  {cycleLabel(cycle)}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={row.category}>
                <Table.Th scope="row" fw={400}>
                  {row.category}
                </Table.Th>
                {cycles.map((cycle) => (
                  <Table.Td key={cycleKey(cycle)} ta="right">
                    {(row as Record<string, string | number>)[cycleKey(cycle)]}
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}

function CaseFigures({ programmeId }: { programmeId: string }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const can = useCan();
  const allowed = can('cases.stats', { programme: programmeId });
  const stats = useQuery(trpc.cases.stats.queryOptions({ programmeId }, { enabled: allowed }));

  return (
    <Region id="analytics-cases" title={t('analytics.cases')}>
      {!allowed ? (
        <Alert color="yellow">{t('analytics.casesNotAllowed')}</Alert>
      ) : (
        <QueryView
          query={stats}
          loadingLabel={t('analytics.loadingCases')}
          notFoundText={t('analytics.casesNoProgramme', { programmeId })}
          isEmpty={(data) => data.cases === 0}
          empty={t('analytics.noCases')}
        >
          {(data) => <CaseTables stats={data} />}
        </QueryView>
      )}
    </Region>
  );
}

function CaseTables({ stats }: { stats: RouterOutputs['cases']['stats'] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const euros = new Intl.NumberFormat(locale, {
    style: 'currency',
    currency: 'EUR',
    maximumFractionDigits: 0,
  });
  const ages = [
    ...ageGroups.filter((group) => group in stats.byAgeGroup),
    ...Object.keys(stats.byAgeGroup).filter((group) => !(ageGroups as readonly string[]).includes(group)),
  ];
  const figure = (label: string, value: string) => (
    <Card withBorder padding="sm">
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="xl" fw={700}>
        {value}
      </Text>
    </Card>
  );

  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 2, sm: 4 }}>
        {figure(t('analytics.caseCount'), String(stats.cases))}
        {figure(t('analytics.closedCases'), String(stats.avoidedCost.closedCases))}
        {figure(t('analytics.avoidedTotal'), euros.format(stats.avoidedCost.totalEur))}
        {figure(t('analytics.avoidedPerCase'), euros.format(stats.avoidedCost.perClosedCaseEur))}
      </SimpleGrid>
      <Text size="sm" c="dimmed">
        {t('analytics.avoidedNote')}
      </Text>
      <Group align="flex-start" grow>
        <CountTable
          caption={t('analytics.byDistrict')}
          header={t('calendar.district')}
          counts={Object.keys(stats.byDistrict)
            .sort()
            .map((district) => [district, stats.byDistrict[district] ?? 0])}
        />
        <CountTable
          caption={t('analytics.byAgeGroup')}
          header={t('analytics.ageGroup')}
          counts={ages.map((group) => [t('analytics.years', { group }), stats.byAgeGroup[group] ?? 0])}
        />
      </Group>
    </Stack>
  );
}

function CountTable({
  caption,
  header,
  counts,
}: {
  caption: string;
  header: string;
  counts: [string, number][];
}) {
  const { t } = useTranslation();
  return (
    <Table striped withTableBorder verticalSpacing={4} captionSide="top">
      <Table.Caption>{caption}</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{header}</Table.Th>
          <Table.Th scope="col" ta="right">
            {t('analytics.caseCount')}
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {counts.map(([label, count]) => (
          <Table.Tr key={label}>
            <Table.Th scope="row" fw={400}>
              {label}
            </Table.Th>
            <Table.Td ta="right">{count}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
