import { Anchor, Badge, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { occurrenceKinds, type CycleLaunch, type Occurrence } from '@leercyclus/domain';
import { OccurrenceCalendar } from '../../components/OccurrenceCalendar';
import { formatPlainDate, useLocale } from '../../format/dates';
import { useUserName } from '../../format/users';
import type { Step } from './wizardForm';

interface ReviewStepProps {
  launch: CycleLaunch;
  calendar: Occurrence[];
  fromCycle: number | null;
  onEdit: (step: Step) => void;
}

/** Step 4: the cycle as it will run — its settings and its computed calendar, week by week. */
export function ReviewStep({ launch, calendar, fromCycle, onEdit }: ReviewStepProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const userName = useUserName();
  const blackouts = launch.blackoutDates.filter((date) => date >= launch.startsOn && date <= launch.endsOn);

  const edit = (step: Step, label: string) => (
    <Anchor component="button" type="button" size="sm" onClick={() => onEdit(step)}>
      {t('launch.edit', { what: label })}
    </Anchor>
  );

  return (
    <Stack gap="lg">
      <Table withTableBorder variant="vertical" layout="fixed" aria-label={t('launch.reviewCaption')}>
        <Table.Tbody>
          <Table.Tr>
            <Table.Th w={220} scope="row">
              {t('launch.reviewCycle')}
            </Table.Th>
            <Table.Td>
              <Text size="sm" fw={600}>
                {launch.title}
              </Text>
              <Text size="sm">
                {t('cycle.subtitle', { programmeId: launch.programmeId, number: launch.number })}
              </Text>
              {fromCycle !== null && (
                <Text size="sm">{t('launch.reviewFromCycle', { number: fromCycle })}</Text>
              )}
              {edit('basics', t('launch.steps.basics'))}
            </Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th scope="row">{t('cycle.period')}</Table.Th>
            <Table.Td>
              {t('cycle.periodValue', {
                start: formatPlainDate(launch.startsOn, locale),
                end: formatPlainDate(launch.endsOn, locale),
              })}{' '}
              ({launch.timeZone})
            </Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th scope="row">{t('cycle.districts')}</Table.Th>
            <Table.Td>
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
              <Text size="sm">
                {t('cycle.blackoutDates')}:{' '}
                {blackouts.length > 0
                  ? blackouts.map((date) => formatPlainDate(date, locale)).join(', ')
                  : t('cycle.noBlackoutDates')}
              </Text>
              {edit('schedule', t('launch.steps.schedule'))}
            </Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th scope="row">{t('launch.steps.checkpoints')}</Table.Th>
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
              {edit('checkpoints', t('launch.steps.checkpoints'))}
            </Table.Td>
          </Table.Tr>
        </Table.Tbody>
      </Table>

      <section aria-labelledby="launch-calendar">
        <Title order={4} id="launch-calendar" mb="xs">
          {t('launch.calendarTitle')}
        </Title>
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
      </section>
    </Stack>
  );
}
