import { useState } from 'react';
import { Alert, Button, Group, NativeSelect, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RouterOutputs } from '@leercyclus/api';
import type { Occurrence } from '@leercyclus/domain';
import { OccurrenceCalendar } from '../../../components/OccurrenceCalendar';
import { EmptyState } from '../../../components/QueryStates';
import { formatShortDay, formatTime, plainDateIn, useLocale } from '../../../format/dates';
import { useNow } from '../../../format/useNow';
import { usePersonName } from '../../../format/people';
import { weekStartOf } from '../../../format/weeks';
import { useCanOnCycle } from '../../../session/permissions';
import { CalendarSubscriptions } from '../../calendars/CalendarSubscriptions';
import { MoveOccurrenceModal } from './MoveOccurrenceModal';
import { RecordSessionModal } from './RecordSessionModal';

const statuses = ['planned', 'due', 'held', 'cancelled'] as const;
const kinds = ['learningSession', 'programmeTeamMeeting', 'partnerGathering'] as const;
const all = 'all';

type Action = { type: 'record' | 'move'; occurrence: Occurrence };

/** Every occurrence of the cycle week by week, with recording, moving and cancelling for those allowed. */
export function CalendarTab({ cycle }: { cycle: RouterOutputs['cycles']['get'] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const can = useCanOnCycle(cycle);
  const now = useNow();
  const personName = usePersonName();
  const [status, setStatus] = useState<string>(all);
  const [kind, setKind] = useState<string>(all);
  const [district, setDistrict] = useState<string>(all);
  const [action, setAction] = useState<Action | null>(null);
  const running = cycle.status === 'running';
  const canRecord = running && can('cycles.recordSession');
  const canMove = running && can('cycles.moveOccurrence');
  const due = cycle.occurrences.filter((occurrence) => occurrence.status === 'due').length;

  const shown = cycle.occurrences.filter(
    (occurrence) =>
      (status === all || occurrence.status === status) &&
      (kind === all || occurrence.kind === kind) &&
      (district === all || (occurrence.district ?? '') === district),
  );

  const note = (occurrence: Occurrence) => {
    const lines: string[] = [];
    if (occurrence.change?.movedFrom) {
      lines.push(
        t('calendar.movedFrom', {
          from: `${formatShortDay(occurrence.change.movedFrom.startsAt, cycle.timeZone, locale)} ${formatTime(occurrence.change.movedFrom.startsAt, cycle.timeZone, locale)}`,
          reason: occurrence.change.reason,
        }),
      );
    } else if (occurrence.change) {
      lines.push(t('calendar.cancelledBecause', { reason: occurrence.change.reason }));
    }
    if (occurrence.record) {
      const { attendance } = occurrence.record;
      lines.push(
        t('calendar.recordSummary', {
          swt: attendance.swtProfessionals,
          partners: attendance.partnerProfessionals,
          parents: attendance.parentsOrGuardians,
          cases: occurrence.record.caseCodes.join(', ') || t('common.none'),
          questions: occurrence.record.questionNumbers.join(', ') || t('common.none'),
          by: personName(occurrence.record.recordedBy),
        }),
      );
    }
    return lines.map((line) => (
      <Text key={line} size="xs" c="dimmed">
        {line}
      </Text>
    ));
  };

  const actions = (occurrence: Occurrence) => {
    const started = Date.parse(occurrence.startsAt) <= now;
    const recordable = canRecord && started && (occurrence.status === 'due' || occurrence.status === 'held');
    const movable = canMove && (occurrence.status === 'planned' || occurrence.status === 'due');
    const label = `${t(`occurrenceKind.${occurrence.kind}`)} ${occurrence.district ?? ''} ${formatShortDay(occurrence.startsAt, cycle.timeZone, locale)}`;
    if (!recordable && !movable) return null;
    return (
      <Group gap={4} wrap="nowrap">
        {recordable && (
          <Button
            size="compact-xs"
            variant={occurrence.status === 'due' ? 'filled' : 'light'}
            onClick={() => setAction({ type: 'record', occurrence })}
            aria-label={t(
              occurrence.status === 'held' ? 'calendar.editRecordLabel' : 'calendar.recordLabel',
              {
                occurrence: label,
              },
            )}
          >
            {occurrence.status === 'held' ? t('calendar.editRecord') : t('calendar.record')}
          </Button>
        )}
        {movable && (
          <Button
            size="compact-xs"
            variant="default"
            onClick={() => setAction({ type: 'move', occurrence })}
            aria-label={t('calendar.moveLabel', { occurrence: label })}
          >
            {t('calendar.move')}
          </Button>
        )}
      </Group>
    );
  };

  return (
    <Stack gap="md">
      {running && due > 0 && (
        <Alert color="orange" variant="light">
          <Group justify="space-between">
            <Text size="sm">{t('calendar.dueNotice', { count: due })}</Text>
            {status !== 'due' && (
              <Button size="compact-sm" variant="light" color="orange" onClick={() => setStatus('due')}>
                {t('calendar.showDue')}
              </Button>
            )}
          </Group>
        </Alert>
      )}
      <Group gap="sm" align="flex-end">
        <NativeSelect
          label={t('calendar.filterStatus')}
          value={status}
          onChange={(event) => setStatus(event.currentTarget.value)}
          data={[
            { value: all, label: t('common.all') },
            ...statuses.map((value) => ({ value, label: t(`occurrenceStatus.${value}`) })),
          ]}
        />
        <NativeSelect
          label={t('calendar.filterKind')}
          value={kind}
          onChange={(event) => setKind(event.currentTarget.value)}
          data={[
            { value: all, label: t('common.all') },
            ...kinds.map((value) => ({ value, label: t(`occurrenceKind.${value}`) })),
          ]}
        />
        <NativeSelect
          label={t('calendar.filterDistrict')}
          value={district}
          onChange={(event) => setDistrict(event.currentTarget.value)}
          data={[
            { value: all, label: t('common.all') },
            ...cycle.districts.map((d) => ({ value: d.name, label: d.name })),
            ...(cycle.programmeTeam ? [{ value: '', label: t('calendar.wholeProgramme') }] : []),
          ]}
        />
        <Text size="sm" c="dimmed" pb={8} aria-live="polite">
          {t('calendar.shown', { shown: shown.length, total: cycle.occurrences.length })}
        </Text>
      </Group>
      {shown.length === 0 ? (
        <EmptyState>
          {cycle.occurrences.length === 0 ? t('calendar.empty') : t('calendar.emptyFiltered')}
        </EmptyState>
      ) : (
        <OccurrenceCalendar
          occurrences={shown}
          timeZone={cycle.timeZone}
          caption={t('calendar.caption', { timeZone: cycle.timeZone })}
          currentWeek={weekStartOf(plainDateIn(now, cycle.timeZone))}
          blackoutDates={
            status === all && kind === all && district === all
              ? cycle.blackoutDates.filter((date) => date >= cycle.startsOn && date <= cycle.endsOn)
              : []
          }
          renderNote={note}
          renderActions={canRecord || canMove ? actions : undefined}
        />
      )}
      {action?.type === 'record' && (
        <RecordSessionModal cycle={cycle} occurrence={action.occurrence} onClose={() => setAction(null)} />
      )}
      {action?.type === 'move' && (
        <MoveOccurrenceModal cycle={cycle} occurrence={action.occurrence} onClose={() => setAction(null)} />
      )}
      <CalendarSubscriptions
        target={{
          scope: 'cycle',
          programmeId: cycle.programmeId,
          number: cycle.number,
          cycleId: cycle.cycleId,
        }}
      />
    </Stack>
  );
}
