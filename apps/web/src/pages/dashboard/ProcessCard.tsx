import type { ReactNode } from 'react';
import { Anchor, Card, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { OverdueCheckpointsBadge } from '../../components/OverdueCheckpointsBadge';
import { ProgrammeTime } from '../../components/ProgrammeTime';

interface ProcessCardProps {
  /** The page of the cycle or group. */
  to: string;
  title: string;
  subtitle: string;
  /** Lines between the subtitle and the next event. */
  children?: ReactNode;
  nextEventAt: string | null;
  /** What stands for the next event when none is planned. */
  noNextEvent: string;
  overdueCheckpoints: number;
  /** Data attributes that name the card. */
  data?: Record<`data-${string}`, string>;
}

/** A running cycle or group on the dashboard: its title leading to its page, its next event, what is overdue. */
export function ProcessCard({
  to,
  title,
  subtitle,
  children,
  nextEventAt,
  noNextEvent,
  overdueCheckpoints,
  data,
}: ProcessCardProps) {
  const { t } = useTranslation();
  return (
    <Card withBorder padding="md" {...data}>
      <Stack gap={4}>
        <Anchor component={Link} to={to} fw={600}>
          {title}
        </Anchor>
        <Text size="sm" c="dimmed">
          {subtitle}
        </Text>
        {children}
        <Text size="sm">
          {t('dashboard.next')}: {nextEventAt ? <ProgrammeTime at={nextEventAt} /> : noNextEvent}
        </Text>
        <OverdueCheckpointsBadge count={overdueCheckpoints} />
      </Stack>
    </Card>
  );
}
