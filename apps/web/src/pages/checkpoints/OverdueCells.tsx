import { Anchor, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ProgrammeTime } from '../../components/ProgrammeTime';
import { usePersonName } from '../../format/people';
import type { RouterOutputs } from '@leercyclus/api';
import { processPathOf } from './overdueRow';

/** The overdue checkpoint's title, leading to the checkpoints of its cycle or group where there is one. */
export function OverdueCheckpointLink({ row }: { row: RouterOutputs['checkpoints']['overdue'][number] }) {
  const path = processPathOf(row);
  if (!path) return row.title;
  return (
    <Anchor component={Link} to={`${path}?tab=checkpoints`} size="sm">
      {row.title}
    </Anchor>
  );
}

/** How many days past its due date the checkpoint is, in red. */
export function DaysOverdue({ row }: { row: RouterOutputs['checkpoints']['overdue'][number] }) {
  const { t } = useTranslation();
  return (
    <Text size="sm" c="red.8" fw={600} style={{ whiteSpace: 'nowrap' }}>
      {t('overdue.days', { count: row.daysOverdue })}
    </Text>
  );
}

/** The cells of who owns the overdue checkpoint, when it was due and how late it is. */
export function OverdueTimingCells({ row }: { row: RouterOutputs['checkpoints']['overdue'][number] }) {
  const personName = usePersonName();
  return (
    <>
      <Table.Td>{personName(row.owner)}</Table.Td>
      <Table.Td>
        <ProgrammeTime at={row.dueAt} />
      </Table.Td>
      <Table.Td>
        <DaysOverdue row={row} />
      </Table.Td>
    </>
  );
}
