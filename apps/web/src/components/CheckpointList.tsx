import { useState } from 'react';
import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Checkpoint } from '@leercyclus/domain';
import { CardList } from './CardList';
import { CheckpointCard } from './CheckpointCard';
import { FormProblem, type Problem } from './FormProblem';

interface CheckpointListProps {
  checkpoints: readonly Checkpoint[];
  /** The zone of their process, in which their times are shown. */
  timeZone: string;
  /** The checkpoints' cycle or group: where a reminder goes. */
  process: { programmeId: string; number: number } | { groupSlug: string };
  /** Reminders and evaluations only while the process runs. */
  running: boolean;
  /** What to say when there are none. */
  empty: string;
  /** Whether the person may send a reminder for an open checkpoint. */
  mayRemind: boolean;
  /** Opens the evaluation of an open checkpoint; absent when the person may not evaluate. */
  onEvaluate?: (checkpoint: Checkpoint) => void;
}

/** The evaluation checkpoints of a cycle or group, soonest due first, with a failed reminder's reason above. */
export function CheckpointList({
  checkpoints,
  timeZone,
  process,
  running,
  empty,
  mayRemind,
  onEvaluate,
}: CheckpointListProps) {
  const { t } = useTranslation();
  const [problem, setProblem] = useState<Problem | null>(null);
  const sorted = [...checkpoints].sort((a, b) => a.dueAt.localeCompare(b.dueAt));
  return (
    <Stack gap="sm">
      <FormProblem problem={problem} />
      <CardList label={t('checkpoints.listLabel')} items={sorted} empty={empty}>
        {(checkpoint) => {
          const open = running && checkpoint.status !== 'submitted';
          return (
            <CheckpointCard
              key={checkpoint.id}
              checkpoint={checkpoint}
              timeZone={timeZone}
              remindTarget={{
                ...process,
                checkpointId: checkpoint.id,
                title: checkpoint.title,
                owner: checkpoint.owner,
              }}
              onEvaluate={open && onEvaluate ? () => onEvaluate(checkpoint) : undefined}
              canRemind={open && mayRemind}
              onProblem={setProblem}
            />
          );
        }}
      </CardList>
    </Stack>
  );
}
