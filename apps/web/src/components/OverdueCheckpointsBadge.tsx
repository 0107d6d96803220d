import { Badge, type BadgeProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** How many checkpoints of a cycle or group are overdue; nothing when none are. */
export function OverdueCheckpointsBadge({ count, ...props }: { count: number } & BadgeProps) {
  const { t } = useTranslation();
  if (count <= 0) return null;
  return (
    <Badge color="red" variant="light" {...props}>
      {t('cycleList.overdueCheckpoints', { count })}
    </Badge>
  );
}
