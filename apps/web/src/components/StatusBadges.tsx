import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RouterOutputs } from '@leercyclus/api';

type CycleStatus = RouterOutputs['cycles']['get']['status'];
type OccurrenceStatus = RouterOutputs['cycles']['get']['occurrences'][number]['status'];

const cycleColors: Record<CycleStatus, string> = { running: 'teal', closed: 'gray' };

export const occurrenceColors: Record<OccurrenceStatus, string> = {
  planned: 'blue',
  due: 'orange',
  held: 'green',
  cancelled: 'gray',
};

export function CycleStatusBadge({ status }: { status: CycleStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={cycleColors[status]} variant="light">
      {t(`cycleStatus.${status}`)}
    </Badge>
  );
}

export function OccurrenceStatusBadge({ status }: { status: OccurrenceStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={occurrenceColors[status]} variant={status === 'cancelled' ? 'outline' : 'light'}>
      {t(`occurrenceStatus.${status}`)}
    </Badge>
  );
}
