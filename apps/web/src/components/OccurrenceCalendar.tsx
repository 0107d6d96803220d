import type { ReactNode } from 'react';
import { Badge, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Occurrence } from '@leercyclus/domain';
import {
  formatPlainRange,
  formatPlainShortDay,
  formatShortDay,
  formatTime,
  useLocale,
} from '../format/dates';
import { groupByWeek } from '../format/weeks';
import { ColumnHeaders } from './ColumnHeaders';
import { OccurrenceStatusBadge } from './StatusBadges';

interface OccurrenceCalendarProps {
  occurrences: readonly Occurrence[];
  timeZone: string;
  caption: string;
  /** Dates without sessions, shown in their week. */
  blackoutDates?: readonly string[];
  /** The status column (a preview of a calendar not yet launched has none). */
  showStatus?: boolean;
  /** The Monday of the current week, marked as such. */
  currentWeek?: string;
  /** A line under the kind: a move, a cancellation, a record. */
  renderNote?: (occurrence: Occurrence) => ReactNode;
  /** The actions column; its header is `actionsLabel`. */
  renderActions?: (occurrence: Occurrence) => ReactNode;
  actionsLabel?: string;
}

/** Dates, times, statuses and buttons stay on one line; the kind column (with its notes) wraps. */
const noWrap = { whiteSpace: 'nowrap' } as const;

type Row = { type: 'occurrence'; occurrence: Occurrence } | { type: 'blackout'; date: string };

/** A cycle's occurrences week by week: date, time, kind, district and, for a running cycle, status. */
export function OccurrenceCalendar({
  occurrences,
  timeZone,
  caption,
  blackoutDates = [],
  showStatus = true,
  currentWeek,
  renderNote,
  renderActions,
  actionsLabel,
}: OccurrenceCalendarProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const rows: Row[] = [
    ...occurrences.map((occurrence): Row => ({ type: 'occurrence', occurrence })),
    ...blackoutDates.map((date): Row => ({ type: 'blackout', date })),
  ];
  const dateOf = (row: Row) => (row.type === 'occurrence' ? row.occurrence.date : row.date);
  const startOf = (row: Row) => (row.type === 'occurrence' ? row.occurrence.startsAt : `${row.date}T00:00`);
  const weeks = groupByWeek(
    [...rows].sort((a, b) => startOf(a).localeCompare(startOf(b))),
    dateOf,
  );
  const columns = 4 + (showStatus ? 1 : 0) + (renderActions ? 1 : 0);

  return (
    <Table.ScrollContainer minWidth={640}>
      <Table verticalSpacing="xs" withTableBorder>
        <Table.Caption>{caption}</Table.Caption>
        <ColumnHeaders
          labels={[
            t('calendar.date'),
            t('calendar.time'),
            t('calendar.kind'),
            t('calendar.district'),
            showStatus && t('calendar.status'),
            renderActions !== undefined && (actionsLabel ?? t('calendar.actions')),
          ]}
        />
        {weeks.map((week) => (
          <Table.Tbody key={week.start}>
            <Table.Tr bg="var(--mantine-color-gray-0)">
              <Table.Th scope="colgroup" colSpan={columns}>
                {t('calendar.week', {
                  number: week.number,
                  range: formatPlainRange(week.start, week.end, locale),
                })}
                {week.start === currentWeek && (
                  <Badge ml="sm" size="sm" variant="outline">
                    {t('calendar.thisWeek')}
                  </Badge>
                )}
              </Table.Th>
            </Table.Tr>
            {week.items.map((row) =>
              row.type === 'blackout' ? (
                <Table.Tr key={`blackout:${row.date}`}>
                  <Table.Td style={noWrap}>{formatPlainShortDay(row.date, locale)}</Table.Td>
                  <Table.Td colSpan={columns - 1}>
                    <Text size="sm" c="dimmed" fs="italic">
                      {t('calendar.blackout')}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ) : (
                <Table.Tr key={row.occurrence.id} data-occurrence={row.occurrence.id}>
                  <Table.Td style={noWrap}>
                    <time dateTime={row.occurrence.startsAt}>
                      {formatShortDay(row.occurrence.startsAt, timeZone, locale)}
                    </time>
                  </Table.Td>
                  <Table.Td style={noWrap}>
                    {formatTime(row.occurrence.startsAt, timeZone, locale)}–
                    {formatTime(row.occurrence.endsAt, timeZone, locale)}
                  </Table.Td>
                  <Table.Td>
                    {t(`occurrenceKind.${row.occurrence.kind}`)}
                    {renderNote?.(row.occurrence)}
                  </Table.Td>
                  <Table.Td>{row.occurrence.district ?? t('calendar.wholeProgramme')}</Table.Td>
                  {showStatus && (
                    <Table.Td style={noWrap}>
                      <OccurrenceStatusBadge status={row.occurrence.status} />
                    </Table.Td>
                  )}
                  {renderActions && <Table.Td style={noWrap}>{renderActions(row.occurrence)}</Table.Td>}
                </Table.Tr>
              ),
            )}
          </Table.Tbody>
        ))}
      </Table>
    </Table.ScrollContainer>
  );
}
