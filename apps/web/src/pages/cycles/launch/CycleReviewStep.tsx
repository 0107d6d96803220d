import { Badge, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { occurrenceKinds, type CycleLaunch, type Occurrence } from '@leercyclus/domain';
import { OccurrenceCalendar } from '../../../components/OccurrenceCalendar';
import {
  blackoutsWithin,
  LaunchReview,
  ReviewBlackouts,
  ReviewPeriod,
  ReviewRow,
} from '../../../components/wizard/ReviewTable';
import type { Step } from './cycleWizardForm';

interface CycleReviewStepProps {
  launch: CycleLaunch;
  calendar: Occurrence[];
  fromCycle: number | null;
  onEdit: (step: Step) => void;
}

/** Step 4: the cycle as it will run — its settings and its computed calendar, week by week. */
export function CycleReviewStep({ launch, calendar, fromCycle, onEdit }: CycleReviewStepProps) {
  const { t } = useTranslation();
  const blackouts = blackoutsWithin(launch);

  return (
    <LaunchReview
      texts="launch"
      onEdit={onEdit}
      checkpoints={launch.checkpoints}
      basics={{
        heading: t('launch.reviewCycle'),
        title: launch.title,
        details: (
          <>
            <Text size="sm">
              {t('cycle.subtitle', { programmeId: launch.programmeId, number: launch.number })}
            </Text>
            {fromCycle !== null && (
              <Text size="sm">{t('launch.reviewFromCycle', { number: fromCycle })}</Text>
            )}
          </>
        ),
      }}
      rows={(edit) => (
        <>
          <ReviewRow heading={t('cycle.period')}>
            <ReviewPeriod startsOn={launch.startsOn} endsOn={launch.endsOn} timeZone={launch.timeZone} />
          </ReviewRow>
          <ReviewRow heading={t('cycle.districts')} edit={edit('schedule')}>
            {launch.districts.map((district) => (
              <Text size="sm" key={district.name}>
                {t('cycle.districtSlot', {
                  name: district.name,
                  weekday: t(`weekday.${district.weekday}`),
                  time: district.startTime,
                  duration: district.durationMinutes,
                })}
              </Text>
            ))}
            <Text size="sm">
              {launch.programmeTeam
                ? t('launch.reviewProgrammeTeam', {
                    weekday: t(`weekday.${launch.programmeTeam.weekday}`),
                    time: launch.programmeTeam.startTime,
                    duration: launch.programmeTeam.durationMinutes,
                  })
                : t('launch.reviewNoProgrammeTeam')}
            </Text>
            <ReviewBlackouts label={t('cycle.blackoutDates')} dates={blackouts} />
          </ReviewRow>
        </>
      )}
      planned={{
        id: 'launch-calendar',
        title: t('launch.calendarTitle'),
        content: (
          <>
            <Group gap="xs" mb="sm">
              {occurrenceKinds.map((kind) => (
                <Badge key={kind} variant="light" size="lg">
                  {t(`occurrenceKind.${kind}`)}:{' '}
                  {calendar.filter((occurrence) => occurrence.kind === kind).length}
                </Badge>
              ))}
            </Group>
            <OccurrenceCalendar
              occurrences={calendar}
              timeZone={launch.timeZone}
              blackoutDates={blackouts}
              showStatus={false}
              caption={t('launch.calendarCaption', { timeZone: launch.timeZone })}
            />
          </>
        ),
      }}
    />
  );
}
