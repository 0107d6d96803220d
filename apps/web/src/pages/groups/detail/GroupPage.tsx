import { Alert, Anchor, Badge, Card, List, SimpleGrid, Stack, Text } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { RouterOutputs } from '@leercyclus/api';
import { groupSlugSchema } from '@leercyclus/domain';
import { AddressTabs } from '../../../components/AddressTabs';
import { DetailHeader, DetailPage } from '../../../components/DetailPage';
import { RecordFailuresAlert } from '../../../components/RecordFailuresAlert';
import { LabelledText } from '../../../components/LabelledText';
import { CycleStatusBadge } from '../../../components/StatusBadges';
import { formatDateTime, formatPlainDate, useLocale } from '../../../format/dates';
import { usePersonName } from '../../../format/people';
import { useTRPC } from '../../../trpc/trpc';
import { cyclePath } from '../../paths';
import { GroupActions } from './GroupActions';
import { GroupCheckpointsPanel } from './GroupCheckpointsPanel';
import { GroupMeetingsTable } from '../GroupMeetingsTable';
import { IterationsPanel } from './IterationsPanel';
import { MembersPanel } from './MembersPanel';
import { ObstaclesPanel } from './ObstaclesPanel';

/** `/groups/:slug`: one action-learning group — its iterations, members, meetings, checkpoints, obstacles. */
export function GroupPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const params = useParams();
  const slug = groupSlugSchema.safeParse(params.slug).success ? params.slug! : null;
  const group = useQuery(trpc.groups.get.queryOptions({ slug: slug ?? '' }, { enabled: slug !== null }));
  useDocumentTitle(`${slug ?? t('nav.groups')} · ${t('app.name')}`);

  return (
    <DetailPage
      back={{ to: '/groups', label: t('groups.backToList') }}
      invalidAddress={slug === null ? t('groups.invalidAddress') : null}
      query={group}
      loadingLabel={t('groups.pageLoading')}
      notFoundText={t('groups.notFound', { slug })}
    >
      {(data) => <GroupDetails group={data} />}
    </DetailPage>
  );
}

function GroupDetails({ group }: { group: RouterOutputs['groups']['get'] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const personName = usePersonName();
  const cadence = group.meetingCadence;
  const earlier = group.questionWordings.slice(0, -1);
  const count = (status: RouterOutputs['groups']['get']['meetings'][number]['status']) =>
    group.meetings.filter((meeting) => meeting.status === status).length;

  return (
    <Stack gap="lg">
      <DetailHeader
        title={group.question}
        badge={<CycleStatusBadge status={group.status} />}
        subtitle={
          group.programmeId
            ? t('groups.subtitleProgramme', { programmeId: group.programmeId, slug: group.slug })
            : t('groups.subtitle', { slug: group.slug })
        }
        actions={<GroupActions group={group} />}
      />

      <RecordFailuresAlert failures={group.recordFailures} timeZone={group.timeZone} />

      {group.completion && (
        <Alert color="gray" title={t('groups.completedTitle')}>
          <Stack gap={4}>
            <Text size="sm">
              {t('groups.completedText', {
                at: formatDateTime(group.completion.at, group.timeZone, locale),
                by: personName(group.completion.by),
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
            <LabelledText label={t('groups.theme')}>{group.theme}</LabelledText>
            <LabelledText label={t('groups.facilitator')}>{personName(group.facilitator)}</LabelledText>
            <LabelledText label={t('cycle.period')}>
              {t('cycle.periodValue', {
                start: formatPlainDate(group.startsOn, locale),
                end: formatPlainDate(group.endsOn, locale),
              })}
            </LabelledText>
            <LabelledText label={t('groups.meetingsLabel')}>
              {t('groups.cadence', {
                count: cadence.everyWeeks,
                weekday: t(`weekday.${cadence.weekday}`),
                time: cadence.startTime,
                duration: cadence.durationMinutes,
              })}{' '}
              ({group.timeZone})
            </LabelledText>
            {group.fromCycleQuestion && (
              <LabelledText label={t('groups.fromCycleQuestion')}>
                <CycleQuestionLink link={group.fromCycleQuestion} />
              </LabelledText>
            )}
            <LabelledText label={t('groups.launchedBy')}>{personName(group.launchedBy)}</LabelledText>
          </Stack>
        </Card>
        <Card withBorder>
          <Stack gap="xs">
            <LabelledText label={t('groups.nextStep')}>
              {group.nextStep
                ? `${t(`groups.step.${group.nextStep}`)} (${t('groups.iteration', { number: group.currentIteration })})`
                : t('groups.noNextStep')}
            </LabelledText>
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

      <AddressTabs
        tabs={[
          {
            value: 'iterations',
            label: t('groups.tabs.iterations'),
            panel: <IterationsPanel group={group} />,
          },
          { value: 'members', label: t('groups.tabs.members'), panel: <MembersPanel group={group} /> },
          {
            value: 'meetings',
            label: t('groups.tabs.meetings'),
            panel:
              group.meetings.length === 0 ? (
                <Alert color="gray">{t('groups.meetingsEmpty')}</Alert>
              ) : (
                <GroupMeetingsTable
                  meetings={group.meetings}
                  timeZone={group.timeZone}
                  caption={t('groups.meetingsCaption', { timeZone: group.timeZone })}
                />
              ),
          },
          {
            value: 'checkpoints',
            label: t('groups.tabs.checkpoints'),
            rightSection:
              group.overdueCheckpoints > 0 ? (
                <Badge size="sm" color="red" variant="light">
                  {t('cycleList.overdueCheckpoints', { count: group.overdueCheckpoints })}
                </Badge>
              ) : null,
            panel: <GroupCheckpointsPanel group={group} />,
          },
          { value: 'obstacles', label: t('groups.tabs.obstacles'), panel: <ObstaclesPanel group={group} /> },
        ]}
      />
    </Stack>
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
function CycleQuestionLink({
  link,
}: {
  link: NonNullable<RouterOutputs['groups']['get']['fromCycleQuestion']>;
}) {
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
