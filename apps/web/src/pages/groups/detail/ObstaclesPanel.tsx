import { useState } from 'react';
import { Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RouterOutputs } from '@leercyclus/api';
import type { Obstacle } from '@leercyclus/domain';
import { CardList } from '../../../components/CardList';
import { formatDateTime, useLocale } from '../../../format/dates';
import { usePersonName } from '../../../format/people';
import { useCanOnGroup } from '../../../session/permissions';
import { EscalateObstacleModal } from './EscalateObstacleModal';
import { RaiseObstacleModal } from './RaiseObstacleModal';

const statusColors: Record<Obstacle['status'], string> = {
  open: 'orange',
  escalated: 'grape',
  answered: 'blue',
  resolved: 'green',
};

/** What stands in the group's way and it cannot remove itself, with where it was escalated and the answer. */
export function ObstaclesPanel({ group }: { group: RouterOutputs['groups']['get'] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const personName = usePersonName();
  const can = useCanOnGroup(group);
  const [raising, setRaising] = useState(false);
  const [escalating, setEscalating] = useState<Obstacle | null>(null);
  const running = group.status === 'running';
  const at = (iso: string) => formatDateTime(iso, group.timeZone, locale);
  return (
    <Stack gap="sm">
      {running && can('groups.raiseObstacle') && (
        <Group>
          <Button onClick={() => setRaising(true)}>{t('groups.raiseObstacle')}</Button>
        </Group>
      )}
      <CardList label={t('groups.obstaclesLabel')} items={group.obstacles} empty={t('groups.obstaclesEmpty')}>
        {(obstacle) => (
          <Paper component="li" withBorder p="md" key={obstacle.id} data-obstacle={obstacle.id}>
            <Stack gap={4}>
              <Group justify="space-between" align="flex-start" wrap="nowrap">
                <Text size="sm" fw={600} id={`${obstacle.id}-text`}>
                  {obstacle.text}
                </Text>
                <Badge color={statusColors[obstacle.status]} variant="light" style={{ flexShrink: 0 }}>
                  {t(`groups.obstacleStatus.${obstacle.status}`)}
                </Badge>
              </Group>
              <Text size="sm" c="dimmed">
                {t('groups.obstacleRaised', {
                  by: personName(obstacle.raisedBy),
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
                    by: personName(obstacle.escalation.decision.decidedBy),
                    at: at(obstacle.escalation.decision.decidedAt),
                    text: obstacle.escalation.decision.text,
                  })}
                </Text>
              )}
              {running && obstacle.status === 'open' && can('groups.escalate') && (
                <Group>
                  <Button
                    size="compact-sm"
                    variant="light"
                    aria-describedby={`${obstacle.id}-text`}
                    onClick={() => setEscalating(obstacle)}
                  >
                    {t('groups.escalate')}
                  </Button>
                </Group>
              )}
            </Stack>
          </Paper>
        )}
      </CardList>
      {raising && <RaiseObstacleModal group={group} onClose={() => setRaising(false)} />}
      {escalating && (
        <EscalateObstacleModal group={group} obstacle={escalating} onClose={() => setEscalating(null)} />
      )}
    </Stack>
  );
}
