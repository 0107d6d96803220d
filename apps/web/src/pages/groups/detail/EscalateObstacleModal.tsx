import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { RouterOutputs } from '@leercyclus/api';
import type { Obstacle } from '@leercyclus/domain';
import { EscalationFormModal } from '../../../components/EscalationFormModal';
import { useTRPC } from '../../../trpc/trpc';
import { useGroupCommandForm } from './useGroupCommandForm';

const paths: ReadonlySet<string> = new Set(['obstacleId', 'why', 'table']);

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
  const form = useGroupCommandForm(paths, onClose);

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
      pending={escalate.isPending}
      onSend={({ why, table = '' }) =>
        escalate.mutate({ slug: group.slug, requestId: form.requestId, obstacleId: obstacle.id, why, table })
      }
      onClose={onClose}
    />
  );
}
