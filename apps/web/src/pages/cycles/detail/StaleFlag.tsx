import { Alert, Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { StaleQuestion } from '@leercyclus/domain';
import { formatDateTime, useLocale } from '../../../format/dates';

interface StaleFlagProps {
  stale: StaleQuestion;
  timeZone: string;
  /** The three ways out, each one click away; absent for those who may not take it. */
  onReformulate?: () => void;
  onEscalate?: () => void;
  onClose?: () => void;
}

/** "Blijft liggen": a question open without change too long, with the ways out the method proposes. */
export function StaleFlag({ stale, timeZone, onReformulate, onEscalate, onClose }: StaleFlagProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <Alert color="orange" variant="light" p="xs" title={t('stale.flag')}>
      <Text size="xs">
        {t('stale.since', { at: formatDateTime(stale.lastChangeAt, timeZone, locale) })} ·{' '}
        {t(`stale.reason.${stale.reason}`)}
      </Text>
      <Group gap="xs" mt={6}>
        {onReformulate && (
          <Button size="compact-xs" variant="light" onClick={onReformulate}>
            {t('stale.reformulate')}
          </Button>
        )}
        {onEscalate && (
          <Button size="compact-xs" variant="light" color="orange" onClick={onEscalate}>
            {t('stale.escalate')}
          </Button>
        )}
        {onClose && (
          <Button size="compact-xs" variant="light" color="gray" onClick={onClose}>
            {t('stale.close')}
          </Button>
        )}
      </Group>
    </Alert>
  );
}
