import { SegmentedControl, SimpleGrid, Stack, Text } from '@mantine/core';
import { TimeInput } from '@mantine/dates';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { RouterOutputs } from '@leercyclus/api';
import { moveOccurrenceInputSchema, type Occurrence } from '@leercyclus/domain';
import { DateField } from '../../../components/DateFields';
import { FormModal } from '../../../components/FormModal';
import { filled } from '../../../components/useCommandForm';
import { formatDayOf, formatTime, useLocale } from '../../../format/dates';
import { useTRPC } from '../../../trpc/trpc';
import { useCycleCommandForm } from './useCycleCommandForm';
import { SafeTextarea } from '../../../components/SafeText';

type MoveValues = { action: 'move' | 'cancel'; date: string | null; startTime: string; reason: string };

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
  const initialValues: MoveValues = { action: 'move', date: null, startTime: '', reason: '' };
  const form = useCycleCommandForm(cycle, {
    initialValues,
    schema: moveOccurrenceInputSchema,
    toInput: (values) =>
      values.action === 'cancel'
        ? { occurrenceId: occurrence.id, action: values.action, reason: values.reason.trim() }
        : {
            occurrenceId: occurrence.id,
            action: values.action,
            date: values.date ?? '',
            startTime: filled(values.startTime),
            reason: values.reason.trim(),
          },
    onClose,
  });
  const { action } = form.form.values;
  const currentTime = formatTime(occurrence.startsAt, cycle.timeZone, locale);

  const move = useMutation(
    trpc.cycles.moveOccurrence.mutationOptions({
      onSuccess: (_result, input) =>
        form.succeeded(input.action === 'cancel' ? t('move.cancelled') : t('move.moved')),
      onError: form.onError,
    }),
  );

  const title = `${t(`occurrenceKind.${occurrence.kind}`)}${occurrence.district ? ` ${occurrence.district}` : ''}, ${formatDayOf(occurrence.startsAt, cycle.timeZone, locale)} ${currentTime}`;

  return (
    <FormModal
      title={t('move.title', { occurrence: title })}
      size="lg"
      onClose={onClose}
      {...form.modal(move)}
      submitLabel={action === 'cancel' ? t('move.submitCancel') : t('move.submitMove')}
      submitColor={action === 'cancel' ? 'red' : undefined}
    >
      <Stack gap={4}>
        <Text size="sm" fw={500} id="move-action-label">
          {t('move.action')}
        </Text>
        <SegmentedControl
          aria-labelledby="move-action-label"
          {...form.form.getInputProps('action')}
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
            {...form.form.getInputProps('date')}
            value={form.form.values.date}
            minDate={cycle.startsOn}
            maxDate={cycle.endsOn}
            defaultDate={occurrence.date}
            required
          />
          <TimeInput
            label={t('move.startTime')}
            description={t('move.startTimeHint', { time: currentTime })}
            {...form.form.getInputProps('startTime')}
          />
        </SimpleGrid>
      )}
      <SafeTextarea
        label={t('move.reason')}
        description={t('move.reasonHint')}
        {...form.form.getInputProps('reason')}
        autosize
        minRows={2}
        required
      />
    </FormModal>
  );
}
