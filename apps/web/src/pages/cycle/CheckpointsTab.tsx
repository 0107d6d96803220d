import { useState } from 'react';
import { Button, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Checkpoint, CycleState } from '@leercyclus/domain';
import { FormProblem, type Problem } from '../../components/FormProblem';
import { EmptyState } from '../../components/QueryStates';
import { RemindButton } from '../../components/RemindButton';
import { formatDateTime, useLocale } from '../../format/dates';
import { useUserName } from '../../format/users';
import { useCan } from '../../session/permissions';
import { CheckpointStatusBadge } from './badges';
import { EvaluationModal } from './EvaluationModal';

/** The cycle's evaluation checkpoints: who owns them, when due, the reminders sent, the evaluations. */
export function CheckpointsTab({ cycle }: { cycle: CycleState }) {
  const { t } = useTranslation();
  const can = useCan();
  const [evaluating, setEvaluating] = useState<Checkpoint | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const running = cycle.status === 'running';

  if (cycle.checkpoints.length === 0) return <EmptyState>{t('checkpoints.empty')}</EmptyState>;
  const sorted = [...cycle.checkpoints].sort((a, b) => a.dueAt.localeCompare(b.dueAt));

  return (
    <Stack gap="sm">
      <FormProblem problem={problem} />
      <Stack
        component="ul"
        gap="sm"
        p={0}
        m={0}
        style={{ listStyle: 'none' }}
        aria-label={t('checkpoints.listLabel')}
      >
        {sorted.map((checkpoint) => (
          <CheckpointItem
            key={checkpoint.id}
            cycle={cycle}
            checkpoint={checkpoint}
            onEvaluate={
              running && checkpoint.status !== 'submitted' && can('cycles.submitEvaluation')
                ? () => setEvaluating(checkpoint)
                : undefined
            }
            canRemind={running && checkpoint.status !== 'submitted' && can('checkpoints.remind')}
            onProblem={setProblem}
          />
        ))}
      </Stack>
      {evaluating && (
        <EvaluationModal cycle={cycle} checkpoint={evaluating} onClose={() => setEvaluating(null)} />
      )}
    </Stack>
  );
}

interface CheckpointItemProps {
  cycle: CycleState;
  checkpoint: Checkpoint;
  onEvaluate?: () => void;
  canRemind: boolean;
  onProblem: (problem: Problem | null) => void;
}

function CheckpointItem({ cycle, checkpoint, onEvaluate, canRemind, onProblem }: CheckpointItemProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const userName = useUserName();
  const [remindersOpen, setRemindersOpen] = useState(false);
  const remindersId = `checkpoint-${checkpoint.id}-reminders`;
  const evaluation = checkpoint.evaluation;
  const at = (iso: string) => formatDateTime(iso, cycle.timeZone, locale);

  return (
    <Paper component="li" withBorder p="md" data-checkpoint={checkpoint.id}>
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start">
          <Title order={3} size="h5">
            {checkpoint.title}
          </Title>
          <CheckpointStatusBadge status={checkpoint.status} />
        </Group>
        <Text size="sm">
          {t('checkpoints.ownerDue', { owner: userName(checkpoint.owner), due: at(checkpoint.dueAt) })}
        </Text>
        <Text size="sm" data-testid="reminders-sent">
          {t('overdue.remindersSent', { count: checkpoint.remindersSent.length })}
          {checkpoint.escalatedAt && ` · ${t('checkpoints.escalated', { at: at(checkpoint.escalatedAt) })}`}
        </Text>
        {evaluation && (
          <Stack gap={4} mt="xs">
            <Text size="sm" fw={600}>
              {t('checkpoints.submitted', {
                by: userName(evaluation.submittedBy),
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
                      {goal.owner && ` (${userName(goal.owner)})`}
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
          {canRemind && (
            <RemindButton
              row={{
                programmeId: cycle.programmeId,
                number: cycle.number,
                checkpointId: checkpoint.id,
                title: checkpoint.title,
                owner: checkpoint.owner,
              }}
              onProblem={onProblem}
              size="compact-sm"
            />
          )}
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
                      to: userName(reminder.recipient),
                    })}
                    {reminder.sentBy && ` ${t('checkpoints.sentBy', { name: userName(reminder.sentBy) })}`}
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
