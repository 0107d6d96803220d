import { useState } from 'react';
import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Checkpoint, CycleState } from '@leercyclus/domain';
import { CheckpointCard } from '../../components/CheckpointCard';
import { FormProblem, type Problem } from '../../components/FormProblem';
import { EmptyState } from '../../components/QueryStates';
import { useCan } from '../../session/permissions';
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
          <CheckpointCard
            key={checkpoint.id}
            checkpoint={checkpoint}
            timeZone={cycle.timeZone}
            remindTarget={{
              programmeId: cycle.programmeId,
              number: cycle.number,
              checkpointId: checkpoint.id,
              title: checkpoint.title,
              owner: checkpoint.owner,
            }}
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
