import { Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { GroupState, Obstacle } from '@leercyclus/domain';
import { CardList } from '../../components/CardList';
import { formatDateTime, useLocale } from '../../format/dates';
import { useUserName } from '../../format/users';

const statusColors: Record<Obstacle['status'], string> = {
  open: 'orange',
  escalated: 'grape',
  answered: 'blue',
  resolved: 'green',
};

/** What stands in the group's way and it cannot remove itself, with where it was escalated and the answer. */
export function ObstaclesPanel({ group }: { group: GroupState }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const userName = useUserName();
  const at = (iso: string) => formatDateTime(iso, group.timeZone, locale);
  return (
    <CardList label={t('groups.obstaclesLabel')} items={group.obstacles} empty={t('groups.obstaclesEmpty')}>
      {(obstacle) => (
        <Paper component="li" withBorder p="md" key={obstacle.id} data-obstacle={obstacle.id}>
          <Stack gap={4}>
            <Group justify="space-between" align="flex-start" wrap="nowrap">
              <Text size="sm" fw={600}>
                {obstacle.text}
              </Text>
              <Badge color={statusColors[obstacle.status]} variant="light" style={{ flexShrink: 0 }}>
                {t(`groups.obstacleStatus.${obstacle.status}`)}
              </Badge>
            </Group>
            <Text size="sm" c="dimmed">
              {t('groups.obstacleRaised', {
                by: userName(obstacle.raisedBy),
                at: at(obstacle.raisedAt),
                iteration: obstacle.iteration,
                level: t(`level.${obstacle.level}`),
              })}
            </Text>
            {obstacle.escalation && (
              <Text size="sm">
                {t('groups.obstacleEscalated', {
                  table: obstacle.escalation.table,
                  at: at(obstacle.escalation.raisedAt),
                  why: obstacle.escalation.why,
                })}
              </Text>
            )}
            {obstacle.escalation?.decision && (
              <Text size="sm">
                {t('groups.obstacleDecision', {
                  outcome: t(`escalations.outcomes.${obstacle.escalation.decision.outcome}`),
                  by: userName(obstacle.escalation.decision.decidedBy),
                  at: at(obstacle.escalation.decision.decidedAt),
                  text: obstacle.escalation.decision.text,
                })}
              </Text>
            )}
          </Stack>
        </Paper>
      )}
    </CardList>
  );
}
