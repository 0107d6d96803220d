import type { RemindTarget } from '../../components/RemindButton';
import type { RouterOutputs } from '@leercyclus/api';
import { cyclePath, groupPath } from '../paths';

/** Where a reminder for an overdue checkpoint goes: its cycle, or its action-learning group. */
export function remindTargetOf(row: RouterOutputs['checkpoints']['overdue'][number]): RemindTarget | null {
  const checkpoint = { checkpointId: row.checkpointId, title: row.title, owner: row.owner };
  if (row.kind === 'actionLearningGroup')
    return row.groupSlug ? { ...checkpoint, groupSlug: row.groupSlug } : null;
  if (row.programmeId === null || row.number === null) return null;
  return { ...checkpoint, programmeId: row.programmeId, number: row.number };
}

/** The page of the cycle or group the checkpoint belongs to. */
export function processPathOf(row: RouterOutputs['checkpoints']['overdue'][number]): string | null {
  if (row.kind === 'actionLearningGroup') return row.groupSlug ? groupPath(row.groupSlug) : null;
  if (row.programmeId === null || row.number === null) return null;
  return cyclePath(row.programmeId, row.number);
}
