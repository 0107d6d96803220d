import {
  Alert,
  Anchor,
  Badge,
  Card,
  Group,
  List,
  SimpleGrid,
  Stack,
  Tabs,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { CycleState } from '@leercyclus/domain';
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/QueryStates';
import { CycleStatusBadge } from '../../components/StatusBadges';
import { formatDateTime, formatPlainDate, useLocale } from '../../format/dates';
import { useUserName } from '../../format/users';
import { useCurrentUser } from '../../session/CurrentUser';
import { useTRPC } from '../../trpc/trpc';
import { AgendaTab } from './AgendaTab';
import { CalendarTab } from './CalendarTab';
import { CheckpointsTab } from './CheckpointsTab';
import { CycleAdmin } from './CycleAdmin';
import { EscalationsTab } from './EscalationsTab';
import { awaitingAnswer, useWatchAnswers } from './useWatchAnswers';

const tabs = ['calendar', 'agenda', 'checkpoints', 'escalations'] as const;
type Tab = (typeof tabs)[number];

function parseRef(programmeId: string | undefined, number: string | undefined) {
  if (!programmeId || !number || !/^\d{1,3}$/.test(number)) return null;
  return { programmeId, number: Number(number) };
}

/** `/cycles/:programmeId/:number`: one learning cycle — its calendar, learning agenda, checkpoints and escalations. */
export function CyclePage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const { userId } = useCurrentUser();
  const params = useParams();
  const ref = parseRef(params.programmeId, params.number);
  const cycle = useQuery(
    trpc.cycles.get.queryOptions(ref ?? { programmeId: '', number: 0 }, {
      enabled: ref !== null && userId !== null,
    }),
  );
  useDocumentTitle(`${cycle.data?.title ?? t('nav.cycles')} · ${t('app.name')}`);

  return (
    <Stack gap="md">
      <Anchor component={Link} to="/cycles" size="sm">
        ← {t('cycle.backToList')}
      </Anchor>
      {ref === null ? (
        <Alert color="yellow">{t('cycle.invalidAddress')}</Alert>
      ) : userId === null ? (
        <Alert color="blue">{t('errors.unauthorized')}</Alert>
      ) : cycle.isPending ? (
        <LoadingState label={t('cycle.loading')} />
      ) : cycle.isError ? (
        <ErrorState
          error={cycle.error}
          onRetry={() => void cycle.refetch()}
          notFoundText={t('cycle.notFound', { programmeId: ref.programmeId, number: ref.number })}
        />
      ) : (
        <CycleDetails cycle={cycle.data} />
      )}
    </Stack>
  );
}

function CycleDetails({ cycle }: { cycle: CycleState }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const userName = useUserName();
  const [searchParams, setSearchParams] = useSearchParams();
  const requested = searchParams.get('tab');
  const tab: Tab = tabs.includes(requested as Tab) ? (requested as Tab) : 'calendar';
  const due = cycle.occurrences.filter((occurrence) => occurrence.status === 'due').length;
  const openQuestions = cycle.questions.filter((q) => q.status === 'open' || q.status === 'exploring').length;
  const waiting = awaitingAnswer(cycle).length;
  useWatchAnswers(cycle);

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-start">
        <div>
          <Group gap="sm" align="center">
            <Title order={2}>{cycle.title}</Title>
            <CycleStatusBadge status={cycle.status} />
          </Group>
          <Text c="dimmed" size="sm">
            {t('cycle.subtitle', { programmeId: cycle.programmeId, number: cycle.number })}
          </Text>
        </div>
        <CycleAdmin cycle={cycle} />
      </Group>

      {cycle.closed && (
        <Alert color="gray" title={t('cycle.closedTitle')}>
          {t('cycle.closedText', {
            at: formatDateTime(cycle.closed.at, cycle.timeZone, locale),
            by: userName(cycle.closed.by),
          })}
          {cycle.closed.reason && ` ${t('cycle.closedReason', { reason: cycle.closed.reason })}`}
        </Alert>
      )}

      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Card withBorder>
          <Stack gap="xs">
            <Text size="sm">
              <Text span fw={600}>
                {t('cycle.period')}:{' '}
              </Text>
              {t('cycle.periodValue', {
                start: formatPlainDate(cycle.startsOn, locale),
                end: formatPlainDate(cycle.endsOn, locale),
              })}
            </Text>
            <Text size="sm">
              <Text span fw={600}>
                {t('cycle.timeZone')}:{' '}
              </Text>
              {cycle.timeZone}
            </Text>
            <Text size="sm">
              <Text span fw={600}>
                {t('cycle.blackoutDates')}:{' '}
              </Text>
              {cycle.blackoutDates.length > 0
                ? cycle.blackoutDates.map((date) => formatPlainDate(date, locale)).join(', ')
                : t('cycle.noBlackoutDates')}
            </Text>
            <Text size="sm">
              <Text span fw={600}>
                {t('cycle.launchedBy')}:{' '}
              </Text>
              {userName(cycle.launchedBy)}
            </Text>
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

      <Tabs
        value={tab}
        onChange={(next) =>
          setSearchParams(
            (current) => {
              const params = new URLSearchParams(current);
              params.set('tab', next ?? 'calendar');
              return params;
            },
            { replace: true },
          )
        }
        keepMounted={false}
      >
        <Tabs.List>
          <Tabs.Tab
            value="calendar"
            rightSection={
              due > 0 ? (
                <CountBadge count={due} color="orange" label={t('cycle.dueCount', { count: due })} />
              ) : null
            }
          >
            {t('cycle.tabs.calendar')}
          </Tabs.Tab>
          <Tabs.Tab
            value="agenda"
            rightSection={
              openQuestions > 0 ? (
                <CountBadge
                  count={openQuestions}
                  color="blue"
                  label={t('cycle.openQuestionsCount', { count: openQuestions })}
                />
              ) : null
            }
          >
            {t('cycle.tabs.agenda')}
          </Tabs.Tab>
          <Tabs.Tab
            value="checkpoints"
            rightSection={
              cycle.overdueCheckpoints > 0 ? (
                <CountBadge
                  count={cycle.overdueCheckpoints}
                  color="red"
                  label={t('cycleList.overdueCheckpoints', { count: cycle.overdueCheckpoints })}
                />
              ) : null
            }
          >
            {t('cycle.tabs.checkpoints')}
          </Tabs.Tab>
          <Tabs.Tab
            value="escalations"
            rightSection={
              waiting > 0 ? (
                <CountBadge
                  count={waiting}
                  color="grape"
                  label={t('escalations.cycle.waitingCount', { count: waiting })}
                />
              ) : null
            }
          >
            {t('escalations.cycle.tab')}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="calendar" pt="md">
          <CalendarTab cycle={cycle} />
        </Tabs.Panel>
        <Tabs.Panel value="agenda" pt="md">
          <AgendaTab cycle={cycle} />
        </Tabs.Panel>
        <Tabs.Panel value="checkpoints" pt="md">
          <CheckpointsTab cycle={cycle} />
        </Tabs.Panel>
        <Tabs.Panel value="escalations" pt="md">
          <EscalationsTab cycle={cycle} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}

/** A count beside a tab's name; screen readers hear what it counts. */
function CountBadge({ count, color, label }: { count: number; color: string; label: string }) {
  return (
    <>
      <Badge size="sm" color={color} variant="light" circle={count < 10} aria-hidden>
        {count}
      </Badge>
      <VisuallyHidden>({label})</VisuallyHidden>
    </>
  );
}
