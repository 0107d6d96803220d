import { useState } from 'react';
import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { GroupState } from '@leercyclus/domain';
import { CheckpointCard } from '../../components/CheckpointCard';
import { FormProblem, type Problem } from '../../components/FormProblem';
import { EmptyState } from '../../components/QueryStates';
import { useCan } from '../../session/permissions';

/** The group's evaluation checkpoints: owner, due moment, overdue state, reminders (and sending one now). */
export function GroupCheckpointsPanel({ group }: { group: GroupState }) {
  const { t } = useTranslation();
  const can = useCan();
  const [problem, setProblem] = useState<Problem | null>(null);
  if (group.checkpoints.length === 0) return <EmptyState>{t('groups.checkpointsEmpty')}</EmptyState>;
  const sorted = [...group.checkpoints].sort((a, b) => a.dueAt.localeCompare(b.dueAt));
  const running = group.status === 'running';
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
            timeZone={group.timeZone}
            remindTarget={{
              groupSlug: group.slug,
              checkpointId: checkpoint.id,
              title: checkpoint.title,
              owner: checkpoint.owner,
            }}
            canRemind={running && checkpoint.status !== 'submitted' && can('checkpoints.remind')}
            onProblem={setProblem}
          />
        ))}
      </Stack>
    </Stack>
  );
}
