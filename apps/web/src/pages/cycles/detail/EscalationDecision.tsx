import { Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Decision } from '@leercyclus/domain';
import { formatDateTime, useLocale } from '../../../format/dates';
import { usePersonName } from '../../../format/people';
import { DecisionOutcomeBadge } from './badges';

/** A management table's answer as it came back to the cycle: the outcome, the text, who and when. */
export function EscalationDecision({ decision, timeZone }: { decision: Decision; timeZone: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const personName = usePersonName();
  return (
    <Paper withBorder p="sm" bg="var(--mantine-color-gray-0)" data-decision={decision.outcome}>
      <Stack gap={4}>
        <Group gap="xs">
          <Text size="sm" fw={600}>
            {t('escalations.decision', { table: decision.table })}
          </Text>
          <DecisionOutcomeBadge outcome={decision.outcome} />
        </Group>
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {decision.text}
        </Text>
        <Text size="xs" c="dimmed">
          {t('escalations.decidedBy', {
            by: personName(decision.decidedBy),
            at: formatDateTime(decision.decidedAt, timeZone, locale),
          })}
        </Text>
      </Stack>
    </Paper>
  );
}
