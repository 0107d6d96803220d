import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RouterOutputs } from '@leercyclus/api';

/** Overdue, or due within a week, as the inbox marks an item; nothing when there is time. */
export function DueBadge({
  item,
}: {
  item: Pick<RouterOutputs['escalations']['inbox'][number], 'overdue' | 'dueSoon'>;
}) {
  const { t } = useTranslation();
  if (item.overdue) {
    return (
      <Badge color="red" variant="light" style={{ flexShrink: 0 }}>
        {t('escalations.overdue')}
      </Badge>
    );
  }
  if (item.dueSoon) {
    return (
      <Badge color="orange" variant="light" style={{ flexShrink: 0 }}>
        {t('escalations.dueSoon')}
      </Badge>
    );
  }
  return null;
}
