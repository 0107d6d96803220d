import { useState } from 'react';
import { SegmentedControl, SimpleGrid, Stack, Text, Textarea } from '@mantine/core';
import { TimeInput } from '@mantine/dates';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { RouterOutputs } from '@leercyclus/api';
import type { Occurrence } from '@leercyclus/domain';
import { DateField } from '../../../components/DateFields';
import { FormModal } from '../../../components/FormModal';
import { formatDayOf, formatTime, useLocale } from '../../../format/dates';
import { useTRPC } from '../../../trpc/trpc';
import { useCycleCommandForm } from './useCycleCommandForm';

const paths: ReadonlySet<string> = new Set(['action', 'date', 'startTime', 'reason']);

interface MoveOccurrenceModalProps {
  cycle: RouterOutputs['cycles']['get'];
  occurrence: Occurrence;
  onClose: () => void;
}

/** Moves an occurrence to another day (and time) or cancels it; either way with a reason. */
export function MoveOccurrenceModal({ cycle, occurrence, onClose }: MoveOccurrenceModalProps) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const locale = useLocale();
  const form = useCycleCommandForm(cycle, paths, onClose);
  const { ref, requestId, failure } = form;
  const [action, setAction] = useState<'move' | 'cancel'>('move');
  const [date, setDate] = useState<string | null>(null);
  const [startTime, setStartTime] = useState('');
  const [reason, setReason] = useState('');
  const currentTime = formatTime(occurrence.startsAt, cycle.timeZone, locale);

  const move = useMutation(
    trpc.cycles.moveOccurrence.mutationOptions({
      onSuccess: (_result, input) =>
        form.succeeded(input.action === 'cancel' ? t('move.cancelled') : t('move.moved')),
      onError: form.onError,
    }),
  );

  function submit() {
    const missing: Record<string, string> = {};
    if (action === 'move' && !date) missing.date = t('validation.required');
    if (!reason.trim()) missing.reason = t('validation.required');
    if (!form.accepts(missing)) return;
    move.mutate(
      action === 'cancel'
        ? { ...ref, requestId, occurrenceId: occurrence.id, action, reason: reason.trim() }
        : {
            ...ref,
            requestId,
            occurrenceId: occurrence.id,
            action,
            date: date ?? '',
            ...(startTime ? { startTime } : {}),
            reason: reason.trim(),
          },
    );
  }

  const title = `${t(`occurrenceKind.${occurrence.kind}`)}${occurrence.district ? ` ${occurrence.district}` : ''}, ${formatDayOf(occurrence.startsAt, cycle.timeZone, locale)} ${currentTime}`;

  return (
    <FormModal
      title={t('move.title', { occurrence: title })}
      size="lg"
      onClose={onClose}
      onSubmit={submit}
      problem={failure.problem}
      pending={move.isPending}
      submitLabel={action === 'cancel' ? t('move.submitCancel') : t('move.submitMove')}
      submitColor={action === 'cancel' ? 'red' : undefined}
    >
      <Stack gap={4}>
        <Text size="sm" fw={500} id="move-action-label">
          {t('move.action')}
        </Text>
        <SegmentedControl
          aria-labelledby="move-action-label"
          value={action}
          onChange={(value) => setAction(value === 'cancel' ? 'cancel' : 'move')}
          data={[
            { value: 'move', label: t('move.toMove') },
            { value: 'cancel', label: t('move.toCancel') },
          ]}
        />
      </Stack>
      {action === 'move' && (
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <DateField
            label={t('move.date')}
            {...form.valueField('date', date, setDate)}
            minDate={cycle.startsOn}
            maxDate={cycle.endsOn}
            defaultDate={occurrence.date}
            required
          />
          <TimeInput
            label={t('move.startTime')}
            description={t('move.startTimeHint', { time: currentTime })}
            {...form.textField('startTime', startTime, setStartTime)}
          />
        </SimpleGrid>
      )}
      <Textarea
        label={t('move.reason')}
        description={t('move.reasonHint')}
        {...form.textField('reason', reason, setReason)}
        autosize
        minRows={2}
        required
      />
    </FormModal>
  );
}
