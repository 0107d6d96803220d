import { Badge, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AuditTrailEntry } from '@leercyclus/domain';
import { ColumnHeaders } from '../../components/ColumnHeaders';
import { formatDateTime, programmeTimeZone, useLocale } from '../../format/dates';
import { useMembershipLabels } from '../../format/memberships';
import { capacityMemberships } from './capacity';

const operationColors: Record<AuditTrailEntry['operation'], string> = {
  read: 'blue',
  create: 'teal',
  change: 'yellow',
  delete: 'orange',
  export: 'grape',
  refused: 'red',
};

/** A page of the audit trail: one row per entry, each with who, in which role, what, on which record, from where. */
export function AuditTable({ entries }: { entries: AuditTrailEntry[] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const membershipLabel = useMembershipLabels();
  const who = (entry: AuditTrailEntry) =>
    entry.actorName ??
    (entry.actor === 'anonymous'
      ? t('audit.anonymous')
      : entry.actor === 'system'
        ? t('audit.system')
        : entry.actor);
  return (
    <Table.ScrollContainer minWidth={1000}>
      <Table verticalSpacing="xs" striped fz="sm">
        <Table.Caption>{t('audit.caption')}</Table.Caption>
        <ColumnHeaders
          labels={[
            t('audit.at'),
            t('audit.who'),
            t('audit.onBehalfOf'),
            t('audit.what'),
            t('audit.record'),
            t('audit.where'),
            t('audit.details'),
          ]}
        />
        <Table.Tbody>
          {entries.map((entry) => (
            <Table.Tr key={entry.id} data-entry={entry.id}>
              <Table.Td>{formatDateTime(entry.at, programmeTimeZone, locale)}</Table.Td>
              <Table.Th scope="row" fw={500}>
                {who(entry)}
              </Table.Th>
              <Table.Td>
                {capacityMemberships(entry.onBehalfOf).map((membership) => {
                  const label = membershipLabel(membership);
                  return (
                    <Text
                      key={`${label.scope}/${label.role}`}
                      size="sm"
                    >{`${label.role} · ${label.scope}`}</Text>
                  );
                })}
              </Table.Td>
              <Table.Td>
                <Stack gap={2}>
                  <Badge color={operationColors[entry.operation]} variant="light">
                    {t(`audit.operations.${entry.operation}`)}
                  </Badge>
                  <Text size="xs" c="dimmed">
                    {entry.action}
                  </Text>
                </Stack>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{entry.recordId}</Text>
                <Text size="xs" c="dimmed">
                  {entry.recordType}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{entry.clientAddress ?? '—'}</Text>
                <Text size="xs" c="dimmed">
                  {[entry.session, entry.userAgent].filter(Boolean).join(' · ')}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="xs" ff="monospace" style={{ wordBreak: 'break-all' }}>
                  {Object.keys(entry.details).length > 0 ? JSON.stringify(entry.details) : ''}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
