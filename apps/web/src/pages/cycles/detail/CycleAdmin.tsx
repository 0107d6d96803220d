import { useState } from 'react';
import { Alert, Button, Group, List, Modal, Stack, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../../components/DateFields';
import { FormModal, ModalForm } from '../../../components/FormModal';
import { formatPlainDate, useLocale } from '../../../format/dates';
import { addDaysTo } from '../../../format/weeks';
import { useCanOnCycle } from '../../../session/permissions';
import type { RouterOutputs } from '@leercyclus/api';
import { closeCycleInputSchema, extendCycleInputSchema } from '@leercyclus/domain';
import { useTRPC } from '../../../trpc/trpc';
import { useCycleCommandForm } from './useCycleCommandForm';
import { SafeTextarea } from '../../../components/SafeText';

/** The project leader's actions on a running cycle: extend it, close it. */
export function CycleAdmin({ cycle }: { cycle: RouterOutputs['cycles']['get'] }) {
  const { t } = useTranslation();
  const can = useCanOnCycle(cycle);
  const [open, setOpen] = useState<'extend' | 'close' | null>(null);
  // The closing summary stays open after the cycle has closed (and lost its buttons).
  const running = cycle.status === 'running';
  if (!can('cycles.extend') && !can('cycles.close')) return null;
  return (
    <Group gap="xs">
      {running && can('cycles.extend') && (
        <Button variant="default" onClick={() => setOpen('extend')}>
          {t('admin.extend')}
        </Button>
      )}
      {running && can('cycles.close') && (
        <Button variant="light" color="red" onClick={() => setOpen('close')}>
          {t('admin.close')}
        </Button>
      )}
      {open === 'extend' && <ExtendModal cycle={cycle} onClose={() => setOpen(null)} />}
      {open === 'close' && <CloseModal cycle={cycle} onClose={() => setOpen(null)} />}
    </Group>
  );
}

function ExtendModal({ cycle, onClose }: { cycle: RouterOutputs['cycles']['get']; onClose: () => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const locale = useLocale();
  const form = useCycleCommandForm(cycle, {
    initialValues: { endsOn: null as string | null },
    schema: extendCycleInputSchema,
    toInput: (values) => ({ endsOn: values.endsOn ?? '' }),
    onClose,
  });
  const extend = useMutation(
    trpc.cycles.extend.mutationOptions({
      onSuccess: (_result, input) =>
        form.succeeded(t('admin.extended', { date: formatPlainDate(input.endsOn, locale) })),
      onError: form.onError,
    }),
  );

  return (
    <FormModal
      title={t('admin.extendTitle')}
      onClose={onClose}
      {...form.modal(extend)}
      submitLabel={t('admin.extendSubmit')}
    >
      <Text size="sm">{t('admin.extendIntro', { date: formatPlainDate(cycle.endsOn, locale) })}</Text>
      <DateField
        label={t('admin.newEnd')}
        {...form.form.getInputProps('endsOn')}
        value={form.form.values.endsOn}
        minDate={addDaysTo(cycle.endsOn, 1)}
        defaultDate={cycle.endsOn}
        required
        data-autofocus
      />
    </FormModal>
  );
}

function CloseModal({ cycle, onClose }: { cycle: RouterOutputs['cycles']['get']; onClose: () => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const form = useCycleCommandForm(cycle, {
    initialValues: { reason: '' },
    schema: closeCycleInputSchema,
    toInput: (values) => ({ reason: values.reason.trim() }),
    onClose,
  });
  const { refresh } = form;
  const [summary, setSummary] = useState<RouterOutputs['cycles']['close'] | null>(null);
  const close = useMutation(
    trpc.cycles.close.mutationOptions({
      onSuccess: async (result) => {
        setSummary(result);
        await refresh();
      },
      onError: form.onError,
    }),
  );
  const due = cycle.occurrences.filter((o) => o.status === 'due').length;
  const open = cycle.checkpoints.filter((c) => c.status !== 'submitted').length;
  const openQuestions = cycle.questions.filter((q) => q.status === 'open' || q.status === 'exploring').length;

  return (
    <Modal opened onClose={onClose} title={t('admin.closeTitle', { title: cycle.title })} size="lg">
      {summary ? (
        <Stack gap="md">
          <Alert color="teal" title={t('admin.closedTitle')} role="status">
            <List size="sm" spacing={2}>
              <List.Item>
                {t('admin.summaryCarried', { count: summary.carriedOverQuestions.length })}
              </List.Item>
              <List.Item>
                {t('admin.summaryEscalated', { count: summary.escalatedQuestions.length })}
              </List.Item>
              <List.Item>
                {t('admin.summaryUnrecorded', { count: summary.unrecordedOccurrences.length })}
              </List.Item>
              <List.Item>
                {t('admin.summaryUnsubmitted', { count: summary.unsubmittedCheckpoints.length })}
              </List.Item>
            </List>
          </Alert>
          <Group justify="flex-end">
            <Button onClick={onClose} data-autofocus>
              {t('common.close')}
            </Button>
          </Group>
        </Stack>
      ) : (
        <ModalForm
          {...form.modal(close)}
          onCancel={onClose}
          submitLabel={t('admin.closeSubmit')}
          submitColor="red"
        >
          <Text size="sm">{t('admin.closeIntro')}</Text>
          <List size="sm" spacing={2}>
            <List.Item>{t('admin.closeOpenQuestions', { count: openQuestions })}</List.Item>
            <List.Item>{t('admin.closeDue', { count: due })}</List.Item>
            <List.Item>{t('admin.closeCheckpoints', { count: open })}</List.Item>
          </List>
          <SafeTextarea
            label={t('admin.reason')}
            {...form.form.getInputProps('reason')}
            autosize
            minRows={2}
            data-autofocus
          />
        </ModalForm>
      )}
    </Modal>
  );
}
