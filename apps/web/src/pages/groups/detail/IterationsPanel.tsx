import { Badge, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RouterOutputs } from '@leercyclus/api';
import { groupSteps, type ConcludedStep, type Iteration } from '@leercyclus/domain';
import { formatDateTime, formatPlainDate, useLocale } from '../../../format/dates';
import { usePersonName } from '../../../format/people';
import { useMemberNames } from './memberNames';

/** The group's iterations, newest first: each step of the action-learning cycle with its conclusion. */
export function IterationsPanel({ group }: { group: RouterOutputs['groups']['get'] }) {
  const iterations = [...group.iterations].sort((a, b) => b.number - a.number);
  return (
    <Stack gap="md">
      {iterations.map((iteration) => (
        <IterationCard key={iteration.number} group={group} iteration={iteration} />
      ))}
    </Stack>
  );
}

function IterationCard({
  group,
  iteration,
}: {
  group: RouterOutputs['groups']['get'];
  iteration: Iteration;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const at = (iso: string) => formatDateTime(iso, group.timeZone, locale);
  const names = useMemberNames()(group);
  const current = iteration.number === group.currentIteration && group.nextStep !== null;
  const headingId = `iteration-${iteration.number}`;

  return (
    <Paper
      withBorder
      p="md"
      component="section"
      aria-labelledby={headingId}
      data-iteration={iteration.number}
    >
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start">
          <Title order={3} size="h5" id={headingId}>
            {t('groups.iteration', { number: iteration.number })}
          </Title>
          <Badge color={iteration.completedAt ? 'green' : 'blue'} variant="light">
            {iteration.completedAt ? t('groups.iterationCompleted') : t('groups.iterationRunning')}
          </Badge>
        </Group>
        <Text size="sm" c="dimmed">
          {iteration.completedAt
            ? t('groups.iterationPeriodDone', {
                start: at(iteration.startedAt),
                end: at(iteration.completedAt),
              })
            : t('groups.iterationPeriod', { start: at(iteration.startedAt) })}
        </Text>
        <Text size="sm">
          {t('groups.participants', {
            names: iteration.participants.map((id) => names.get(id) ?? id).join(', ') || t('common.none'),
          })}
        </Text>
        <List
          type="ordered"
          spacing="xs"
          size="sm"
          aria-label={t('groups.stepsLabel', { number: iteration.number })}
        >
          {groupSteps.map((step) => {
            const concluded = iteration.steps.find((candidate) => candidate.step === step);
            return (
              <List.Item key={step} data-step={step}>
                <Text size="sm" fw={600} span>
                  {t(`groups.step.${step}`)}
                </Text>
                {concluded ? (
                  <StepConclusion group={group} concluded={concluded} names={names} />
                ) : (
                  <Text size="sm" c="dimmed" span>
                    {' '}
                    — {current && group.nextStep === step ? t('groups.stepNext') : t('groups.stepPending')}
                  </Text>
                )}
              </List.Item>
            );
          })}
        </List>
      </Stack>
    </Paper>
  );
}

function StepConclusion({
  group,
  concluded,
  names,
}: {
  group: RouterOutputs['groups']['get'];
  concluded: ConcludedStep;
  names: ReadonlyMap<string, string>;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const personName = usePersonName();
  const meeting = group.meetings.find((candidate) => candidate.id === concluded.meetingId);
  return (
    <Stack gap={2}>
      <Text size="sm">{concluded.conclusion}</Text>
      {concluded.question && <Text size="sm">{t('groups.newWording', { text: concluded.question })}</Text>}
      {concluded.goal && <Text size="sm">{t('groups.goal', { text: concluded.goal })}</Text>}
      {concluded.action && (
        <>
          <Text size="sm">{t('groups.action', { text: concluded.action.description })}</Text>
          <Text size="sm">
            {t('groups.takenBy', {
              names: concluded.action.takenBy.map((id) => names.get(id) ?? id).join(', '),
            })}
          </Text>
        </>
      )}
      {concluded.changed && <Text size="sm">{t('groups.changed', { text: concluded.changed })}</Text>}
      <Text size="xs" c="dimmed">
        {t('groups.concludedBy', {
          by: personName(concluded.concludedBy),
          at: formatDateTime(concluded.concludedAt, group.timeZone, locale),
        })}
        {meeting && ` · ${t('groups.atMeeting', { date: formatPlainDate(meeting.date, locale) })}`}
      </Text>
    </Stack>
  );
}
