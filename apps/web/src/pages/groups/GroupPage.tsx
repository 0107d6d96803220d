import type { ReactNode } from 'react';
import { Alert, Anchor, Badge, Card, Group, List, SimpleGrid, Stack, Tabs, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { groupSlugSchema, type GroupState } from '@leercyclus/domain';
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/QueryStates';
import { CycleStatusBadge } from '../../components/StatusBadges';
import { formatDateTime, formatPlainDate, useLocale } from '../../format/dates';
import { useUserName } from '../../format/users';
import { useCurrentUser } from '../../session/CurrentUser';
import { useTRPC } from '../../trpc/trpc';
import { cyclePath } from '../paths';
import { GroupActions } from './GroupActions';
import { GroupCheckpointsPanel } from './GroupCheckpointsPanel';
import { GroupMeetingsTable } from './GroupMeetingsTable';
import { IterationsPanel } from './IterationsPanel';
import { MembersPanel } from './MembersPanel';
import { ObstaclesPanel } from './ObstaclesPanel';

const tabs = ['iterations', 'members', 'meetings', 'checkpoints', 'obstacles'] as const;
type Tab = (typeof tabs)[number];

/** `/groups/:slug`: one action-learning group — its iterations, members, meetings, checkpoints, obstacles. */
export function GroupPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const { userId } = useCurrentUser();
  const params = useParams();
  const slug = groupSlugSchema.safeParse(params.slug).success ? params.slug! : null;
  const group = useQuery(
    trpc.groups.get.queryOptions({ slug: slug ?? '' }, { enabled: slug !== null && userId !== null }),
  );
  useDocumentTitle(`${slug ?? t('nav.groups')} · ${t('app.name')}`);

  return (
    <Stack gap="md">
      <Anchor component={Link} to="/groups" size="sm">
        ← {t('groups.backToList')}
      </Anchor>
      {slug === null ? (
        <Alert color="yellow">{t('groups.invalidAddress')}</Alert>
      ) : userId === null ? (
        <Alert color="blue">{t('errors.unauthorized')}</Alert>
      ) : group.isPending ? (
        <LoadingState label={t('groups.pageLoading')} />
      ) : group.isError ? (
        <ErrorState
          error={group.error}
          onRetry={() => void group.refetch()}
          notFoundText={t('groups.notFound', { slug })}
        />
      ) : (
        <GroupDetails group={group.data} />
      )}
    </Stack>
  );
}

function GroupDetails({ group }: { group: GroupState }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const userName = useUserName();
  const [searchParams, setSearchParams] = useSearchParams();
  const requested = searchParams.get('tab');
  const tab: Tab = tabs.includes(requested as Tab) ? (requested as Tab) : 'iterations';
  const cadence = group.meetingCadence;
  const earlier = group.questionWordings.slice(0, -1);
  const count = (status: GroupState['meetings'][number]['status']) =>
    group.meetings.filter((meeting) => meeting.status === status).length;

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-start">
        <div>
          <Group gap="sm" align="center">
            <Title order={2}>{group.question}</Title>
            <CycleStatusBadge status={group.status} />
          </Group>
          <Text c="dimmed" size="sm">
            {group.programmeId
              ? t('groups.subtitleProgramme', { programmeId: group.programmeId, slug: group.slug })
              : t('groups.subtitle', { slug: group.slug })}
          </Text>
        </div>
        <GroupActions group={group} />
      </Group>

      {group.completion && (
        <Alert color="gray" title={t('groups.completedTitle')}>
          <Stack gap={4}>
            <Text size="sm">
              {t('groups.completedText', {
                at: formatDateTime(group.completion.at, group.timeZone, locale),
                by: userName(group.completion.by),
                count: group.completion.iterationsCompleted,
              })}
            </Text>
            <TextList title={t('groups.embedded')} items={group.completion.embedded} />
            <TextList
              title={t('groups.notEmbedded')}
              items={group.completion.notEmbedded.map((item) => `${item.what} — ${item.why}`)}
            />
            <TextList title={t('groups.lessons')} items={group.completion.lessons} />
          </Stack>
        </Alert>
      )}

      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Card withBorder>
          <Stack gap="xs">
            <Field label={t('groups.theme')}>{group.theme}</Field>
            <Field label={t('groups.facilitator')}>{userName(group.facilitator)}</Field>
            <Field label={t('cycle.period')}>
              {t('cycle.periodValue', {
                start: formatPlainDate(group.startsOn, locale),
                end: formatPlainDate(group.endsOn, locale),
              })}
            </Field>
            <Field label={t('groups.meetingsLabel')}>
              {t('groups.cadence', {
                count: cadence.everyWeeks,
                weekday: t(`weekday.${cadence.weekday}`),
                time: cadence.startTime,
                duration: cadence.durationMinutes,
              })}{' '}
              ({group.timeZone})
            </Field>
            {group.fromCycleQuestion && (
              <Field label={t('groups.fromCycleQuestion')}>
                <CycleQuestionLink link={group.fromCycleQuestion} />
              </Field>
            )}
            <Field label={t('groups.launchedBy')}>{userName(group.launchedBy)}</Field>
          </Stack>
        </Card>
        <Card withBorder>
          <Stack gap="xs">
            <Field label={t('groups.nextStep')}>
              {group.nextStep
                ? `${t(`groups.step.${group.nextStep}`)} (${t('groups.iteration', { number: group.currentIteration })})`
                : t('groups.noNextStep')}
            </Field>
            <Text size="sm">
              {t('groups.meetingsSummary', {
                held: count('held'),
                due: count('due'),
                planned: count('planned'),
                cancelled: count('cancelled'),
              })}
            </Text>
            {earlier.length > 0 && (
              <details>
                <summary>
                  <Text size="sm" span>
                    {t('groups.questionHistory', { count: earlier.length })}
                  </Text>
                </summary>
                <List size="sm" spacing={2} mt={4}>
                  {earlier.map((wording) => (
                    <List.Item key={wording.since}>
                      {wording.text}{' '}
                      <Text size="xs" c="dimmed" span>
                        (
                        {t('groups.wordingSince', {
                          at: formatDateTime(wording.since, group.timeZone, locale),
                        })}
                        )
                      </Text>
                    </List.Item>
                  ))}
                </List>
              </details>
            )}
          </Stack>
        </Card>
      </SimpleGrid>

      <Tabs
        value={tab}
        onChange={(next) =>
          setSearchParams(
            (current) => {
              const params = new URLSearchParams(current);
              params.set('tab', next ?? 'iterations');
              return params;
            },
            { replace: true },
          )
        }
        keepMounted={false}
      >
        <Tabs.List>
          <Tabs.Tab value="iterations">{t('groups.tabs.iterations')}</Tabs.Tab>
          <Tabs.Tab value="members">{t('groups.tabs.members')}</Tabs.Tab>
          <Tabs.Tab value="meetings">{t('groups.tabs.meetings')}</Tabs.Tab>
          <Tabs.Tab
            value="checkpoints"
            rightSection={
              group.overdueCheckpoints > 0 ? (
                <Badge size="sm" color="red" variant="light">
                  {t('cycleList.overdueCheckpoints', { count: group.overdueCheckpoints })}
                </Badge>
              ) : null
            }
          >
            {t('groups.tabs.checkpoints')}
          </Tabs.Tab>
          <Tabs.Tab value="obstacles">{t('groups.tabs.obstacles')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="iterations" pt="md">
          <IterationsPanel group={group} />
        </Tabs.Panel>
        <Tabs.Panel value="members" pt="md">
          <MembersPanel group={group} />
        </Tabs.Panel>
        <Tabs.Panel value="meetings" pt="md">
          {group.meetings.length === 0 ? (
            <Alert color="gray">{t('groups.meetingsEmpty')}</Alert>
          ) : (
            <GroupMeetingsTable
              meetings={group.meetings}
              timeZone={group.timeZone}
              caption={t('groups.meetingsCaption', { timeZone: group.timeZone })}
            />
          )}
        </Tabs.Panel>
        <Tabs.Panel value="checkpoints" pt="md">
          <GroupCheckpointsPanel group={group} />
        </Tabs.Panel>
        <Tabs.Panel value="obstacles" pt="md">
          <ObstaclesPanel group={group} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Text size="sm">
      <Text span fw={600}>
        {label}:{' '}
      </Text>
      {children}
    </Text>
  );
}

function TextList({ title, items }: { title: string; items: string[] }) {
  if (items.length === 0) return null;
  return (
    <>
      <Text size="sm" fw={600}>
        {title}
      </Text>
      <List size="sm" spacing={2}>
        {items.map((item) => (
          <List.Item key={item}>{item}</List.Item>
        ))}
      </List>
    </>
  );
}

/** The cycle question the group took up, linking to that cycle's agenda when the id reads as one. */
function CycleQuestionLink({ link }: { link: NonNullable<GroupState['fromCycleQuestion']> }) {
  const { t } = useTranslation();
  const [, programmeId, number] = link.cycleId.split('/');
  const text = t('groups.fromCycleQuestionValue', { number: link.questionNumber, cycle: link.cycleId });
  if (!programmeId || !number) return text;
  return (
    <Anchor component={Link} to={`${cyclePath(programmeId, Number(number))}?tab=agenda`} size="sm">
      {text}
    </Anchor>
  );
}
