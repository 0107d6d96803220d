import { Alert, Anchor, Badge, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { GroupLaunch, GroupMeeting } from '@leercyclus/domain';
import { formatPlainDate, useLocale } from '../../../format/dates';
import { useUserName } from '../../../format/users';
import { GroupMeetingsTable } from '../GroupMeetingsTable';
import type { GroupWizardStep } from './groupWizardForm';

interface GroupReviewStepProps {
  launch: GroupLaunch;
  meetings: GroupMeeting[];
  onEdit: (step: GroupWizardStep) => void;
}

/** Step 5: the group as it will run — its settings and its meetings, dated as the workflow will plan them. */
export function GroupReviewStep({ launch, meetings, onEdit }: GroupReviewStepProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const userName = useUserName();
  const { meetings: cadence } = launch;
  const blackouts = launch.blackoutDates.filter((date) => date >= launch.startsOn && date <= launch.endsOn);

  const edit = (step: GroupWizardStep) => (
    <Anchor component="button" type="button" size="sm" onClick={() => onEdit(step)}>
      {t('launch.edit', { what: t(`groupWizard.steps.${step}`) })}
    </Anchor>
  );

  return (
    <Stack gap="lg">
      <Table withTableBorder variant="vertical" layout="fixed" aria-label={t('groupWizard.reviewCaption')}>
        <Table.Tbody>
          <Table.Tr>
            <Table.Th w={220} scope="row">
              {t('groupWizard.reviewGroup')}
            </Table.Th>
            <Table.Td>
              <Text size="sm" fw={600}>
                {launch.question}
              </Text>
              <Text size="sm">
                {launch.programmeId
                  ? t('groups.subtitleProgramme', { programmeId: launch.programmeId, slug: launch.slug })
                  : t('groups.subtitle', { slug: launch.slug })}
              </Text>
              <Text size="sm">
                {t('groups.theme')}: {launch.theme} · {t('groups.facilitator')}:{' '}
                {userName(launch.facilitator)}
              </Text>
              {launch.fromCycleQuestion && (
                <Text size="sm">
                  {t('groups.fromCycleQuestion')}:{' '}
                  {t('groups.fromCycleQuestionValue', {
                    number: launch.fromCycleQuestion.questionNumber,
                    cycle: launch.fromCycleQuestion.cycleId,
                  })}
                </Text>
              )}
              {edit('basics')}
            </Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th scope="row">{t('groupWizard.reviewMembers')}</Table.Th>
            <Table.Td>
              {launch.members.map((member) => (
                <Text size="sm" key={`${member.userId ?? member.displayName}@${member.organisation}`}>
                  {t('groupWizard.reviewMember', {
                    name: member.userId ? userName(member.userId) : member.displayName,
                    organisation: member.organisation,
                    role: t(`groups.role.${member.role}`),
                  })}
                </Text>
              ))}
              {edit('members')}
            </Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th scope="row">{t('groupWizard.reviewSchedule')}</Table.Th>
            <Table.Td>
              <Text size="sm">
                {t('cycle.periodValue', {
                  start: formatPlainDate(launch.startsOn, locale),
                  end: formatPlainDate(launch.endsOn, locale),
                })}{' '}
                ({launch.timeZone})
              </Text>
              <Text size="sm">
                {t('groups.cadence', {
                  count: cadence.everyWeeks,
                  weekday: t(`weekday.${cadence.weekday}`),
                  time: cadence.startTime,
                  duration: cadence.durationMinutes,
                })}
              </Text>
              <Text size="sm">
                {t('groups.blackoutDates')}:{' '}
                {blackouts.length > 0
                  ? blackouts.map((date) => formatPlainDate(date, locale)).join(', ')
                  : t('cycle.noBlackoutDates')}
              </Text>
              {edit('schedule')}
            </Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th scope="row">{t('groupWizard.steps.checkpoints')}</Table.Th>
            <Table.Td>
              {launch.checkpoints.map((checkpoint) => (
                <Text size="sm" key={checkpoint.id}>
                  {t('launch.reviewCheckpoint', {
                    title: checkpoint.title,
                    owner: userName(checkpoint.owner),
                    date: formatPlainDate(checkpoint.dueOn, locale),
                    time: checkpoint.dueTime,
                  })}
                </Text>
              ))}
              {edit('checkpoints')}
            </Table.Td>
          </Table.Tr>
        </Table.Tbody>
      </Table>

      <section aria-labelledby="group-launch-meetings">
        <Title order={4} id="group-launch-meetings" mb="xs">
          {t('groupWizard.meetingsTitle')}{' '}
          <Badge variant="light" size="lg" ml="xs">
            {t('groupWizard.meetingsCount', { count: meetings.length })}
          </Badge>
        </Title>
        {meetings.length === 0 ? (
          <Alert color="yellow">{t('groupWizard.noMeetings')}</Alert>
        ) : (
          <GroupMeetingsTable
            meetings={meetings}
            timeZone={launch.timeZone}
            showStatus={false}
            caption={t('groupWizard.meetingsCaption', { timeZone: launch.timeZone })}
          />
        )}
      </section>
    </Stack>
  );
}
