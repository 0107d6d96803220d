import { useState, type FormEvent } from 'react';
import { Button, Group, Modal, SegmentedControl, SimpleGrid, Stack, Text, Textarea } from '@mantine/core';
import { TimeInput } from '@mantine/dates';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { CycleState, Occurrence } from '@leercyclus/domain';
import { DateField } from '../../components/DateFields';
import { FormProblem } from '../../components/FormProblem';
import { useFormFailure } from '../../components/useFormFailure';
import { formatDayOf, formatTime, useLocale } from '../../format/dates';
import { useRefreshCycle } from '../../trpc/useRefreshCycle';
import { useRequestId } from '../../trpc/useRequestId';
import { useTRPC } from '../../trpc/trpc';

const paths: ReadonlySet<string> = new Set(['action', 'date', 'startTime', 'reason']);

interface MoveOccurrenceModalProps {
  cycle: CycleState;
  occurrence: Occurrence;
  onClose: () => void;
}

/** Moves an occurrence to another day (and time) or cancels it; either way with a reason. */
export function MoveOccurrenceModal({ cycle, occurrence, onClose }: MoveOccurrenceModalProps) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const locale = useLocale();
  const ref = { programmeId: cycle.programmeId, number: cycle.number };
  const refresh = useRefreshCycle(ref);
  const [requestId, renewAfter] = useRequestId();
  const failure = useFormFailure(paths);
  const [action, setAction] = useState<'move' | 'cancel'>('move');
  const [date, setDate] = useState<string | null>(null);
  const [startTime, setStartTime] = useState('');
  const [reason, setReason] = useState('');
  const currentTime = formatTime(occurrence.startsAt, cycle.timeZone, locale);

  const move = useMutation(
    trpc.cycles.moveOccurrence.mutationOptions({
      onSuccess: async (_result, input) => {
        notifications.show({
          color: 'teal',
          message: input.action === 'cancel' ? t('move.cancelled') : t('move.moved'),
        });
        await refresh();
        onClose();
      },
      onError: (error) => {
        renewAfter(error);
        failure.fail(error);
      },
    }),
  );

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (move.isPending) return;
    const missing: Record<string, string> = {};
    if (action === 'move' && !date) missing.date = t('validation.required');
    if (!reason.trim()) missing.reason = t('validation.required');
    if (Object.keys(missing).length > 0) {
      failure.show(missing, t('form.checkFields'));
      return;
    }
    failure.reset();
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
  const { errors } = failure;

  return (
    <Modal opened onClose={onClose} title={t('move.title', { occurrence: title })} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <FormProblem problem={failure.problem} />
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
                value={date}
                onChange={(value) => {
                  setDate(value);
                  failure.clear('date');
                }}
                error={errors.date}
                minDate={cycle.startsOn}
                maxDate={cycle.endsOn}
                defaultDate={occurrence.date}
                required
              />
              <TimeInput
                label={t('move.startTime')}
                description={t('move.startTimeHint', { time: currentTime })}
                value={startTime}
                onChange={(event) => {
                  setStartTime(event.currentTarget.value);
                  failure.clear('startTime');
                }}
                error={errors.startTime}
              />
            </SimpleGrid>
          )}
          <Textarea
            label={t('move.reason')}
            description={t('move.reasonHint')}
            value={reason}
            onChange={(event) => {
              setReason(event.currentTarget.value);
              failure.clear('reason');
            }}
            error={errors.reason}
            autosize
            minRows={2}
            required
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" color={action === 'cancel' ? 'red' : undefined} loading={move.isPending}>
              {action === 'cancel' ? t('move.submitCancel') : t('move.submitMove')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
