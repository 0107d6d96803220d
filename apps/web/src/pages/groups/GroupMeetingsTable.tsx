import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { GroupMeeting } from '@leercyclus/domain';
import { OccurrenceStatusBadge } from '../../components/StatusBadges';
import { formatDayOf, formatTime, useLocale } from '../../format/dates';

interface GroupMeetingsTableProps {
  meetings: readonly GroupMeeting[];
  timeZone: string;
  caption: string;
  /** The status column (a preview of a group not yet launched has none). */
  showStatus?: boolean;
}

const noWrap = { whiteSpace: 'nowrap' } as const;

/** A group's meetings in time order: the number, the day and the time, and for a running group the status. */
export function GroupMeetingsTable({
  meetings,
  timeZone,
  caption,
  showStatus = true,
}: GroupMeetingsTableProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const sorted = [...meetings].sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  return (
    <Table.ScrollContainer minWidth={480}>
      <Table verticalSpacing="xs" withTableBorder striped>
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('groups.meetingNumber')}</Table.Th>
            <Table.Th scope="col">{t('calendar.date')}</Table.Th>
            <Table.Th scope="col">{t('calendar.time')}</Table.Th>
            {showStatus && <Table.Th scope="col">{t('calendar.status')}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sorted.map((meeting, index) => (
            <Table.Tr key={meeting.id} data-meeting={meeting.id}>
              <Table.Td>{index + 1}</Table.Td>
              <Table.Td style={noWrap}>
                <time dateTime={meeting.startsAt}>{formatDayOf(meeting.startsAt, timeZone, locale)}</time>
              </Table.Td>
              <Table.Td style={noWrap}>
                {formatTime(meeting.startsAt, timeZone, locale)}–
                {formatTime(meeting.endsAt, timeZone, locale)}
              </Table.Td>
              {showStatus && (
                <Table.Td style={noWrap}>
                  <OccurrenceStatusBadge status={meeting.status} />
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
