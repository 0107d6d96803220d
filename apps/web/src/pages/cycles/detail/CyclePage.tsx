import { Alert, Badge, Card, Group, List, SimpleGrid, Stack, Title, VisuallyHidden } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { RouterOutputs } from '@leercyclus/api';
import { AddressTabs } from '../../../components/AddressTabs';
import { DetailHeader, DetailPage } from '../../../components/DetailPage';
import { ReportMenu } from '../../../components/ReportMenu';
import { RecordFailuresAlert } from '../../../components/RecordFailuresAlert';
import { LabelledText } from '../../../components/LabelledText';
import { CycleStatusBadge } from '../../../components/StatusBadges';
import { formatDateTime, formatPlainDate, useLocale } from '../../../format/dates';
import { usePersonName } from '../../../format/people';
import { useTRPC } from '../../../trpc/trpc';
import { AgendaTab } from './AgendaTab';
import { CalendarTab } from './CalendarTab';
import { CheckpointsTab } from './CheckpointsTab';
import { CycleAdmin } from './CycleAdmin';
import { EscalationsTab } from './EscalationsTab';
import { awaitingAnswer, useWatchAnswers } from './useWatchAnswers';

function parseRef(programmeId: string | undefined, number: string | undefined) {
  if (!programmeId || !number || !/^\d{1,3}$/.test(number)) return null;
  return { programmeId, number: Number(number) };
}

/** `/cycles/:programmeId/:number`: one learning cycle — its calendar, learning agenda, checkpoints and escalations. */
export function CyclePage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const params = useParams();
  const ref = parseRef(params.programmeId, params.number);
  const cycle = useQuery(
    trpc.cycles.get.queryOptions(ref ?? { programmeId: '', number: 0 }, {
      enabled: ref !== null,
    }),
  );
  useDocumentTitle(`${cycle.data?.title ?? t('nav.cycles')} · ${t('app.name')}`);

  return (
    <DetailPage
      back={{ to: '/cycles', label: t('cycle.backToList') }}
      invalidAddress={ref === null ? t('cycle.invalidAddress') : null}
      query={cycle}
      loadingLabel={t('cycle.loading')}
      notFoundText={
        ref ? t('cycle.notFound', { programmeId: ref.programmeId, number: ref.number }) : undefined
      }
    >
      {(data) => <CycleDetails cycle={data} />}
    </DetailPage>
  );
}

function CycleDetails({ cycle }: { cycle: RouterOutputs['cycles']['get'] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const personName = usePersonName();
  const due = cycle.occurrences.filter((occurrence) => occurrence.status === 'due').length;
  const openQuestions = cycle.questions.filter((q) => q.status === 'open' || q.status === 'exploring').length;
  const waiting = awaitingAnswer(cycle).length;
  useWatchAnswers(cycle);

  return (
    <Stack gap="lg">
      <DetailHeader
        title={cycle.title}
        badge={<CycleStatusBadge status={cycle.status} />}
        subtitle={t('cycle.subtitle', { programmeId: cycle.programmeId, number: cycle.number })}
        actions={
          <Group gap="xs">
            <ReportMenu programmeId={cycle.programmeId} cycle={cycle.number} />
            <CycleAdmin cycle={cycle} />
          </Group>
        }
      />

      <RecordFailuresAlert failures={cycle.recordFailures} timeZone={cycle.timeZone} />

      {cycle.closed && (
        <Alert color="gray" title={t('cycle.closedTitle')}>
          {/* The workflow closes a cycle at its end date by itself, with a reason in code words, not a person's. */}
          {cycle.closed.by === 'system'
            ? t('cycle.closedAtEndText', { at: formatDateTime(cycle.closed.at, cycle.timeZone, locale) })
            : t('cycle.closedText', {
                at: formatDateTime(cycle.closed.at, cycle.timeZone, locale),
                by: personName(cycle.closed.by),
              })}
          {cycle.closed.reason &&
            cycle.closed.by !== 'system' &&
            ` ${t('cycle.closedReason', { reason: cycle.closed.reason })}`}
        </Alert>
      )}

      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Card withBorder>
          <Stack gap="xs">
            <LabelledText label={t('cycle.period')}>
              {t('cycle.periodValue', {
                start: formatPlainDate(cycle.startsOn, locale),
                end: formatPlainDate(cycle.endsOn, locale),
              })}
            </LabelledText>
            <LabelledText label={t('cycle.timeZone')}>{cycle.timeZone}</LabelledText>
            <LabelledText label={t('cycle.blackoutDates')}>
              {cycle.blackoutDates.length > 0
                ? cycle.blackoutDates.map((date) => formatPlainDate(date, locale)).join(', ')
                : t('cycle.noBlackoutDates')}
            </LabelledText>
            <LabelledText label={t('cycle.launchedBy')}>{personName(cycle.launchedBy)}</LabelledText>
          </Stack>
        </Card>
        <Card withBorder>
          <Title order={3} size="h5" mb="xs">
            {t('cycle.districts')}
          </Title>
          <List size="sm" spacing={4}>
            {cycle.districts.map((district) => (
              <List.Item key={district.name}>
                {t('cycle.districtSlot', {
                  name: district.name,
                  weekday: t(`weekday.${district.weekday}`),
                  time: district.startTime,
                  duration: district.durationMinutes,
                })}
              </List.Item>
            ))}
            {cycle.programmeTeam && (
              <List.Item>
                {t('launch.reviewProgrammeTeam', {
                  weekday: t(`weekday.${cycle.programmeTeam.weekday}`),
                  time: cycle.programmeTeam.startTime,
                  duration: cycle.programmeTeam.durationMinutes,
                })}
              </List.Item>
            )}
          </List>
        </Card>
      </SimpleGrid>

      <AddressTabs
        tabs={[
          {
            value: 'calendar',
            label: t('cycle.tabs.calendar'),
            rightSection: countBadge(due, 'orange', t('cycle.dueCount', { count: due })),
            panel: <CalendarTab cycle={cycle} />,
          },
          {
            value: 'agenda',
            label: t('cycle.tabs.agenda'),
            rightSection: countBadge(
              openQuestions,
              'blue',
              t('cycle.openQuestionsCount', { count: openQuestions }),
            ),
            panel: <AgendaTab cycle={cycle} />,
          },
          {
            value: 'checkpoints',
            label: t('cycle.tabs.checkpoints'),
            rightSection: countBadge(
              cycle.overdueCheckpoints,
              'red',
              t('cycleList.overdueCheckpoints', { count: cycle.overdueCheckpoints }),
            ),
            panel: <CheckpointsTab cycle={cycle} />,
          },
          {
            value: 'escalations',
            label: t('escalations.cycle.tab'),
            rightSection: countBadge(
              waiting,
              'grape',
              t('escalations.cycle.waitingCount', { count: waiting }),
            ),
            panel: <EscalationsTab cycle={cycle} />,
          },
        ]}
      />
    </Stack>
  );
}

/** A count beside a tab's name, none when it is nothing; screen readers hear what it counts. */
function countBadge(count: number, color: string, label: string) {
  if (count <= 0) return null;
  return (
    <>
      <Badge size="sm" color={color} variant="light" circle={count < 10} aria-hidden>
        {count}
      </Badge>
      <VisuallyHidden>({label})</VisuallyHidden>
    </>
  );
}
