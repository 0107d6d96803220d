import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RouterOutputs } from '@leercyclus/api';
import type { Checkpoint } from '@leercyclus/domain';
import { CheckpointList } from '../../../components/CheckpointList';
import { useCanOnGroup } from '../../../session/permissions';
import { GroupEvaluationModal } from './GroupEvaluationModal';

/** The group's evaluation checkpoints: owner, due moment, overdue state, reminders, and their evaluation. */
export function GroupCheckpointsPanel({ group }: { group: RouterOutputs['groups']['get'] }) {
  const { t } = useTranslation();
  const can = useCanOnGroup(group);
  const [evaluating, setEvaluating] = useState<Checkpoint | null>(null);
  return (
    <>
      <CheckpointList
        checkpoints={group.checkpoints}
        timeZone={group.timeZone}
        process={{ groupSlug: group.slug }}
        running={group.status === 'running'}
        empty={t('groups.checkpointsEmpty')}
        mayRemind={can('checkpoints.remind')}
        onEvaluate={can('groups.submitEvaluation') ? setEvaluating : undefined}
      />
      {evaluating && (
        <GroupEvaluationModal group={group} checkpoint={evaluating} onClose={() => setEvaluating(null)} />
      )}
    </>
  );
}
