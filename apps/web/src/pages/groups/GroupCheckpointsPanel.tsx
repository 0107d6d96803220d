import { useTranslation } from 'react-i18next';
import type { GroupState } from '@leercyclus/domain';
import { CheckpointList } from '../../components/CheckpointList';

/** The group's evaluation checkpoints: owner, due moment, overdue state, reminders (and sending one now). */
export function GroupCheckpointsPanel({ group }: { group: GroupState }) {
  const { t } = useTranslation();
  return (
    <CheckpointList
      checkpoints={group.checkpoints}
      timeZone={group.timeZone}
      process={{ groupSlug: group.slug }}
      running={group.status === 'running'}
      empty={t('groups.checkpointsEmpty')}
    />
  );
}
