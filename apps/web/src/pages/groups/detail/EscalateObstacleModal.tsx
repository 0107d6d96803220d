import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { RouterOutputs } from '@leercyclus/api';
import { escalateObstacleInputSchema, type Obstacle } from '@leercyclus/domain';
import { EscalationFormModal, emptyEscalation } from '../../../components/EscalationFormModal';
import { useTRPC } from '../../../trpc/trpc';
import { useGroupCommandForm } from './useGroupCommandForm';

interface EscalateObstacleModalProps {
  group: RouterOutputs['groups']['get'];
  obstacle: Obstacle;
  onClose: () => void;
}

/**
 * Puts an open obstacle before a management table, the same path a cycle's questions go; a group has no table
 * of its own, so each escalation names one.
 */
export function EscalateObstacleModal({ group, obstacle, onClose }: EscalateObstacleModalProps) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const form = useGroupCommandForm(group, {
    initialValues: emptyEscalation,
    schema: escalateObstacleInputSchema,
    toInput: (values) => ({ obstacleId: obstacle.id, why: values.why.trim(), table: values.table.trim() }),
    onClose,
  });

  const escalate = useMutation(
    trpc.groups.escalate.mutationOptions({
      onSuccess: (escalated) =>
        form.succeeded(t('groups.obstacleEscalatedDone', { table: escalated.escalation?.table })),
      onError: form.onError,
    }),
  );

  return (
    <EscalationFormModal
      title={t('groups.escalateTitle')}
      subject={obstacle.text}
      table={null}
      tableHint={t('groups.escalateTableHint')}
      whyLabel={t('groups.escalateWhy')}
      form={form}
      modal={form.modal(escalate)}
      onClose={onClose}
    />
  );
}
