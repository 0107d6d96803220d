import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RouterOutputs } from '@leercyclus/api';
import type { Checkpoint } from '@leercyclus/domain';
import { CheckpointList } from '../../../components/CheckpointList';
import { useCanOnCycle } from '../../../session/permissions';
import { EvaluationModal } from './EvaluationModal';

/** The cycle's evaluation checkpoints: who owns them, when due, the reminders sent, the evaluations. */
export function CheckpointsTab({ cycle }: { cycle: RouterOutputs['cycles']['get'] }) {
  const { t } = useTranslation();
  const can = useCanOnCycle(cycle);
  const [evaluating, setEvaluating] = useState<Checkpoint | null>(null);
  return (
    <>
      <CheckpointList
        checkpoints={cycle.checkpoints}
        timeZone={cycle.timeZone}
        process={{ programmeId: cycle.programmeId, number: cycle.number }}
        running={cycle.status === 'running'}
        empty={t('checkpoints.empty')}
        mayRemind={can('checkpoints.remind')}
        onEvaluate={can('cycles.submitEvaluation') ? setEvaluating : undefined}
      />
      {evaluating && (
        <EvaluationModal cycle={cycle} checkpoint={evaluating} onClose={() => setEvaluating(null)} />
      )}
    </>
  );
}
