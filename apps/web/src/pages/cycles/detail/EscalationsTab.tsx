import { Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RouterOutputs } from '@leercyclus/api';
import type { Checkpoint, LearningQuestion } from '@leercyclus/domain';
import { CardList } from '../../../components/CardList';
import { LabelledText } from '../../../components/LabelledText';
import { formatDateTime, useLocale } from '../../../format/dates';
import { usePersonName } from '../../../format/people';
import { EscalationDecision } from './EscalationDecision';
import { useEscalationWords } from '../../../format/escalationWording';

type Row =
  | { type: 'question'; raisedAt: string; question: LearningQuestion }
  | { type: 'checkpoint'; raisedAt: string; checkpoint: Checkpoint };

/** What the cycle put before a management table, oldest first: escalated questions with their answers, and checkpoints. */
export function EscalationsTab({ cycle }: { cycle: RouterOutputs['cycles']['get'] }) {
  const { t } = useTranslation();
  const rows: Row[] = [
    ...cycle.questions.flatMap((question): Row[] =>
      question.escalation ? [{ type: 'question', raisedAt: question.escalation.raisedAt, question }] : [],
    ),
    ...cycle.checkpoints.flatMap((checkpoint): Row[] =>
      checkpoint.escalatedAt ? [{ type: 'checkpoint', raisedAt: checkpoint.escalatedAt, checkpoint }] : [],
    ),
  ].sort((a, b) => a.raisedAt.localeCompare(b.raisedAt));

  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        {t('escalations.cycle.intro')}
      </Text>
      <CardList label={t('escalations.cycle.listLabel')} items={rows} empty={t('escalations.cycle.empty')}>
        {(row) =>
          row.type === 'question' ? (
            <QuestionEscalation
              key={`question/${row.question.number}`}
              cycle={cycle}
              question={row.question}
            />
          ) : (
            <CheckpointEscalation
              key={`checkpoint/${row.checkpoint.id}`}
              cycle={cycle}
              checkpoint={row.checkpoint}
            />
          )
        }
      </CardList>
    </Stack>
  );
}

function QuestionEscalation({
  cycle,
  question,
}: {
  cycle: RouterOutputs['cycles']['get'];
  question: LearningQuestion;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const personName = usePersonName();
  const escalation = question.escalation!;
  const why = useEscalationWords()({ text: question.text, ...escalation }).why;
  return (
    <Paper component="li" withBorder p="md" data-question={question.number}>
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Text>
            <Text span fw={700}>
              {t('escalations.cycle.question', { number: question.number })}:{' '}
            </Text>
            {question.text}
          </Text>
          <Badge color={escalation.decision ? 'green' : 'grape'} variant="light" style={{ flexShrink: 0 }}>
            {escalation.decision ? t('escalations.cycle.answeredStatus') : t('escalations.cycle.waiting')}
          </Badge>
        </Group>
        <Text size="xs" c="dimmed">
          {t('escalations.cycle.sentTo', {
            table: escalation.table,
            at: formatDateTime(escalation.raisedAt, cycle.timeZone, locale),
          })}
          {' · '}
          {t('escalations.cycle.by', { by: personName(escalation.raisedBy) })}
        </Text>
        {why && <LabelledText label={t('escalations.why')}>{why}</LabelledText>}
        {escalation.decision && (
          <EscalationDecision decision={escalation.decision} timeZone={cycle.timeZone} />
        )}
      </Stack>
    </Paper>
  );
}

function CheckpointEscalation({
  cycle,
  checkpoint,
}: {
  cycle: RouterOutputs['cycles']['get'];
  checkpoint: Checkpoint;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <Paper component="li" withBorder p="md" data-checkpoint={checkpoint.id}>
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Text fw={700}>{t('escalations.cycle.checkpoint', { title: checkpoint.title })}</Text>
          <Badge color="grape" variant="light" style={{ flexShrink: 0 }}>
            {t('escalations.cycle.atTable')}
          </Badge>
        </Group>
        <Text size="xs" c="dimmed">
          {t('escalations.cycle.sentTo', {
            table: cycle.managementTable ?? t('common.none'),
            at: formatDateTime(checkpoint.escalatedAt!, cycle.timeZone, locale),
          })}
        </Text>
        <Text size="sm">{t('escalations.cycle.checkpointNote')}</Text>
      </Stack>
    </Paper>
  );
}
