import { useState } from 'react';
import { Stack } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Checkpoint } from '@leercyclus/domain';
import { CardList } from './CardList';
import { CheckpointCard } from './CheckpointCard';
import { FormProblem, type Problem } from './FormProblem';
import { useTRPC } from '../trpc/trpc';

/** A reminder younger than this without an e-mail status is still on its way to the record. */
const unsettledMs = 5 * 60_000;

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
  const trpc = useTRPC();
  const [problem, setProblem] = useState<Problem | null>(null);
  // Where each reminder's e-mail stands, asked again while one is not settled: a reminder the record has yet to
  // take, or one waiting for the minute's delivery run, turns sent (or failed) without a reload.
  const mail = useQuery(
    trpc.mail.reminders.queryOptions(process, {
      refetchInterval: (query) => {
        const statuses = query.state.data ?? {};
        const unrecorded = checkpoints
          .flatMap((checkpoint) => checkpoint.remindersSent)
          .some((reminder) => !statuses[reminder.id] && Date.now() - Date.parse(reminder.at) < unsettledMs);
        const queued = Object.values(statuses).some((status) => status.state === 'queued');
        return unrecorded || queued ? 10_000 : false;
      },
    }),
  );
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
              mail={mail.data ?? {}}
              onProblem={setProblem}
            />
          );
        }}
      </CardList>
    </Stack>
  );
}
