import { Alert, Badge, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { GroupLaunch, GroupMeeting } from '@leercyclus/domain';
import {
  blackoutsWithin,
  LaunchReview,
  ReviewBlackouts,
  ReviewPeriod,
  ReviewRow,
} from '../../../components/wizard/ReviewTable';
import { usePersonName } from '../../../format/people';
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
  const personName = usePersonName();
  const { meetings: cadence } = launch;

  return (
    <LaunchReview
      texts="groupWizard"
      onEdit={onEdit}
      checkpoints={launch.checkpoints}
      basics={{
        heading: t('groupWizard.reviewGroup'),
        title: launch.question,
        details: (
          <>
            <Text size="sm">
              {launch.programmeId
                ? t('groups.subtitleProgramme', { programmeId: launch.programmeId, slug: launch.slug })
                : t('groups.subtitle', { slug: launch.slug })}
            </Text>
            <Text size="sm">
              {t('groups.theme')}: {launch.theme} · {t('groups.facilitator')}:{' '}
              {personName(launch.facilitator)}
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
          </>
        ),
      }}
      rows={(edit) => (
        <>
          <ReviewRow heading={t('groupWizard.reviewMembers')} edit={edit('members')}>
            {launch.members.map((member) => (
              <Text size="sm" key={`${member.userId ?? member.displayName}@${member.organisation}`}>
                {t('groupWizard.reviewMember', {
                  name: member.userId ? personName(member.userId) : member.displayName,
                  organisation: member.organisation,
                  role: t(`groups.role.${member.role}`),
                })}
              </Text>
            ))}
          </ReviewRow>
          <ReviewRow heading={t('groupWizard.reviewSchedule')} edit={edit('schedule')}>
            <Text size="sm">
              <ReviewPeriod startsOn={launch.startsOn} endsOn={launch.endsOn} timeZone={launch.timeZone} />
            </Text>
            <Text size="sm">
              {t('groups.cadence', {
                count: cadence.everyWeeks,
                weekday: t(`weekday.${cadence.weekday}`),
                time: cadence.startTime,
                duration: cadence.durationMinutes,
              })}
            </Text>
            <ReviewBlackouts label={t('groups.blackoutDates')} dates={blackoutsWithin(launch)} />
          </ReviewRow>
        </>
      )}
      planned={{
        id: 'group-launch-meetings',
        title: (
          <>
            {t('groupWizard.meetingsTitle')}{' '}
            <Badge variant="light" size="lg" ml="xs">
              {t('groupWizard.meetingsCount', { count: meetings.length })}
            </Badge>
          </>
        ),
        content:
          meetings.length === 0 ? (
            <Alert color="yellow">{t('groupWizard.noMeetings')}</Alert>
          ) : (
            <GroupMeetingsTable
              meetings={meetings}
              timeZone={launch.timeZone}
              showStatus={false}
              caption={t('groupWizard.meetingsCaption', { timeZone: launch.timeZone })}
            />
          ),
      }}
    />
  );
}
