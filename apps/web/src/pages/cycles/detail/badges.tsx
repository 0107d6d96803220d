import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Checkpoint, Decision, LearningQuestion } from '@leercyclus/domain';

const questionColors: Record<LearningQuestion['status'], string> = {
  open: 'blue',
  exploring: 'cyan',
  answered: 'green',
  escalated: 'grape',
  carriedOver: 'gray',
};

const checkpointColors: Record<Checkpoint['status'], string> = {
  pending: 'blue',
  overdue: 'red',
  submitted: 'green',
};

const outcomeColors: Record<Decision['outcome'], string> = {
  accepted: 'green',
  declined: 'red',
  referred: 'blue',
  needsInformation: 'yellow',
};

export function QuestionStatusBadge({ status }: { status: LearningQuestion['status'] }) {
  const { t } = useTranslation();
  return (
    <Badge color={questionColors[status]} variant="light" style={{ flexShrink: 0 }}>
      {t(`questionStatus.${status}`)}
    </Badge>
  );
}

export function CheckpointStatusBadge({ status }: { status: Checkpoint['status'] }) {
  const { t } = useTranslation();
  return (
    <Badge color={checkpointColors[status]} variant="light">
      {t(`checkpointStatus.${status}`)}
    </Badge>
  );
}

export function DecisionOutcomeBadge({ outcome }: { outcome: Decision['outcome'] }) {
  const { t } = useTranslation();
  return (
    <Badge color={outcomeColors[outcome]} variant="light" style={{ flexShrink: 0 }}>
      {t(`escalations.outcomes.${outcome}`)}
    </Badge>
  );
}
