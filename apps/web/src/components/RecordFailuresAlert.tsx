import { Alert, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RecordFailure } from '@leercyclus/domain';
import { formatDateTime, useLocale } from '../format/dates';

/**
 * Changes the record refused as invalid data: the process carried on, but its record (lists, reports, the
 * page once Temporal forgets the process) misses them until someone puts them right.
 */
export function RecordFailuresAlert({
  failures,
  timeZone,
}: {
  failures?: RecordFailure[];
  timeZone: string;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  if (!failures || failures.length === 0) return null;
  return (
    <Alert
      color="red"
      title={t('recordFailures.title', { count: failures.length })}
      data-testid="record-failures"
    >
      <Text size="sm">{t('recordFailures.text')}</Text>
      <List size="sm" mt="xs" spacing={2}>
        {failures.map((failure) => (
          <List.Item key={failure.eventIds.join(' ')}>
            {formatDateTime(failure.at, timeZone, locale)} · {failure.reason}
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
