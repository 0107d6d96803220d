import { Button } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { usePersonName } from '../format/people';
import { useTRPC } from '../trpc/trpc';
import { useDescribeFailure, type Problem } from './FormProblem';

const noPaths: ReadonlySet<string> = new Set();

/** A checkpoint of a learning cycle (its programme and number) or of an action-learning group (its slug). */
export type RemindTarget = { checkpointId: string; title: string; owner: string } & (
  { programmeId: string; number: number } | { groupSlug: string }
);

/** Sends the owner a reminder now; the list and the cycle then show the new count, and its e-mail's state. */
export function RemindButton({
  row,
  onProblem,
  size = 'xs',
}: {
  row: RemindTarget;
  onProblem: (problem: Problem | null) => void;
  size?: 'xs' | 'compact-sm';
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const personName = usePersonName();
  const describeFailure = useDescribeFailure();
  const remind = useMutation(
    trpc.checkpoints.remind.mutationOptions({
      onSuccess: async () => {
        onProblem(null);
        notifications.show({
          color: 'teal',
          message: t('overdue.reminded', { owner: personName(row.owner), title: row.title }),
        });
        await Promise.all([
          queryClient.invalidateQueries(trpc.checkpoints.overdue.pathFilter()),
          queryClient.invalidateQueries(trpc.mail.reminders.pathFilter()),
          queryClient.invalidateQueries(
            'groupSlug' in row
              ? trpc.groups.pathFilter()
              : trpc.cycles.get.queryFilter({ programmeId: row.programmeId, number: row.number }),
          ),
        ]);
      },
      onError: (error) => onProblem(describeFailure(error, noPaths).problem),
    }),
  );
  return (
    <Button
      size={size}
      variant="light"
      loading={remind.isPending}
      onClick={() =>
        remind.mutate(
          'groupSlug' in row
            ? { groupSlug: row.groupSlug, checkpointId: row.checkpointId }
            : { programmeId: row.programmeId, number: row.number, checkpointId: row.checkpointId },
        )
      }
      aria-label={t('overdue.remindLabel', { title: row.title, owner: personName(row.owner) })}
    >
      {t('overdue.remind')}
    </Button>
  );
}
