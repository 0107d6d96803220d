import type { CheckpointPlan } from '@leercyclus/domain';
import { newRowKey } from '../rowKeys';

/** One evaluation checkpoint as a launch wizard edits it. */
export interface CheckpointRow {
  /** Stable React key of the row (rows can be removed from the middle). */
  key: number;
  title: string;
  /** User id of the owner. */
  owner: string;
  dueOn: string | null;
  dueTime: string;
}

export function emptyCheckpoint(owner: string): CheckpointRow {
  return { key: newRowKey(), title: '', owner, dueOn: null, dueTime: '17:00' };
}

type CheckpointInput = Pick<CheckpointPlan, 'title' | 'dueOn' | 'dueTime'> & { owner?: string };

/** The `checkpoints` of a launch input: absent when none were added, so the process plans its default. */
export function checkpointInputs(rows: readonly CheckpointRow[]): { checkpoints?: CheckpointInput[] } {
  if (rows.length === 0) return {};
  return {
    checkpoints: rows.map((row) => ({
      title: row.title.trim(),
      ...(row.owner ? { owner: row.owner } : {}),
      dueOn: row.dueOn ?? '',
      dueTime: row.dueTime,
    })),
  };
}
