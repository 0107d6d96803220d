import { useEffect, useRef, useState } from 'react';
import { Button, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { checkpointAnchor, type Checkpoint, type MessageStatus } from '@leercyclus/domain';
import { formatDateTime, useLocale } from '../format/dates';
import { usePersonName } from '../format/people';
import { CheckpointStatusBadge } from '../pages/cycles/detail/badges';
import { EscalationDecision } from '../pages/cycles/detail/EscalationDecision';
import type { Problem } from './FormProblem';
import { MailStatusText } from './MailStatusText';
import { RemindButton, type RemindTarget } from './RemindButton';

interface CheckpointCardProps {
  checkpoint: Checkpoint;
  /** The zone of its process, in which its times are shown. */
  timeZone: string;
  /** Where a reminder goes: the checkpoint's cycle or group. */
  remindTarget: RemindTarget;
  onEvaluate?: () => void;
  canRemind: boolean;
  onProblem: (problem: Problem | null) => void;
  /** Where each reminder's e-mail stands, by reminder id. */
  mail: Record<string, MessageStatus>;
}

/** One evaluation checkpoint of a cycle or group: owner, due moment, reminders, the evaluation once submitted. */
export function CheckpointCard({
  checkpoint,
  timeZone,
  remindTarget,
  onEvaluate,
  canRemind,
  onProblem,
  mail,
}: CheckpointCardProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const personName = usePersonName();
  const [remindersOpen, setRemindersOpen] = useState(false);
  const remindersId = `checkpoint-${checkpoint.id}-reminders`;
  const evaluation = checkpoint.evaluation;
  const at = (iso: string) => formatDateTime(iso, timeZone, locale);
  const latest = checkpoint.remindersSent.at(-1);
  // A link to this checkpoint (`#checkpoint-<id>`, as e-mail has) brings it into view, marked.
  const anchor = checkpointAnchor(checkpoint.id);
  const targeted = decodeURIComponent(useLocation().hash.slice(1)) === anchor;
  const card = useRef<HTMLLIElement>(null);
  useEffect(() => {
    if (targeted) card.current?.scrollIntoView({ block: 'center' });
  }, [targeted]);

  return (
    <Paper
      ref={card}
      component="li"
      withBorder
      p="md"
      id={anchor}
      data-checkpoint={checkpoint.id}
      data-targeted={targeted || undefined}
      style={targeted ? { borderColor: 'var(--mantine-color-blue-6)', borderWidth: 2 } : undefined}
    >
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start">
          <Title order={3} size="h5">
            {checkpoint.title}
          </Title>
          <CheckpointStatusBadge status={checkpoint.status} />
        </Group>
        <Text size="sm">
          {t('checkpoints.ownerDue', { owner: personName(checkpoint.owner), due: at(checkpoint.dueAt) })}
        </Text>
        <Text size="sm" data-testid="reminders-sent">
          {t('overdue.remindersSent', { count: checkpoint.remindersSent.length })}
          {checkpoint.escalatedAt && ` · ${t('checkpoints.escalated', { at: at(checkpoint.escalatedAt) })}`}
        </Text>
        {latest && (
          <Text size="xs" data-testid="latest-reminder-mail">
            <MailStatusText status={mail[latest.id] ?? null} timeZone={timeZone} />
          </Text>
        )}
        {checkpoint.escalation?.decision && (
          <EscalationDecision decision={checkpoint.escalation.decision} timeZone={timeZone} />
        )}
        {evaluation && (
          <Stack gap={4} mt="xs">
            <Text size="sm" fw={600}>
              {t('checkpoints.submitted', {
                by: personName(evaluation.submittedBy),
                at: at(evaluation.submittedAt),
              })}
            </Text>
            {evaluation.sharpenedQuestions.length > 0 && (
              <>
                <Text size="sm" fw={500}>
                  {t('evaluation.sharpenedQuestions')}
                </Text>
                <List size="sm" spacing={2}>
                  {evaluation.sharpenedQuestions.map((sharpened) => (
                    <List.Item key={sharpened.questionNumber}>
                      {sharpened.questionNumber}. {sharpened.text}
                    </List.Item>
                  ))}
                </List>
              </>
            )}
            {evaluation.developmentGoals.length > 0 && (
              <>
                <Text size="sm" fw={500}>
                  {t('evaluation.developmentGoals')}
                </Text>
                <List size="sm" spacing={2}>
                  {evaluation.developmentGoals.map((goal) => (
                    <List.Item key={goal.text}>
                      {goal.text}
                      {goal.owner && ` (${personName(goal.owner)})`}
                    </List.Item>
                  ))}
                </List>
              </>
            )}
            {evaluation.notes && (
              <Text size="sm">
                <Text span fw={500}>
                  {t('evaluation.notes')}:{' '}
                </Text>
                {evaluation.notes}
              </Text>
            )}
          </Stack>
        )}
        <Group gap="xs" mt={4}>
          {onEvaluate && (
            <Button size="compact-sm" onClick={onEvaluate}>
              {t('checkpoints.evaluate')}
            </Button>
          )}
          {canRemind && <RemindButton row={remindTarget} onProblem={onProblem} size="compact-sm" />}
          {checkpoint.remindersSent.length > 0 && (
            <Button
              size="compact-sm"
              variant="subtle"
              onClick={() => setRemindersOpen((open) => !open)}
              aria-expanded={remindersOpen}
              aria-controls={remindersId}
            >
              {remindersOpen ? t('checkpoints.hideReminders') : t('checkpoints.showReminders')}
            </Button>
          )}
        </Group>
        {checkpoint.remindersSent.length > 0 && (
          <div id={remindersId}>
            {remindersOpen && (
              <List size="sm" spacing={2} mt="xs">
                {checkpoint.remindersSent.map((reminder) => (
                  <List.Item key={reminder.id}>
                    {t('checkpoints.reminder', {
                      at: at(reminder.at),
                      kind: t(`reminderKind.${reminder.kind}`),
                      to: personName(reminder.recipient),
                    })}
                    {reminder.sentBy && ` ${t('checkpoints.sentBy', { name: personName(reminder.sentBy) })}`}
                    {mail[reminder.id] && ' · '}
                    <MailStatusText status={mail[reminder.id] ?? null} timeZone={timeZone} />
                  </List.Item>
                ))}
              </List>
            )}
          </div>
        )}
      </Stack>
    </Paper>
  );
}
