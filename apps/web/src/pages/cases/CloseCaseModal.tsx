import { MultiSelect, NativeSelect } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { caseCloseInputSchema, dateInZone, type CaseRecord } from '@leercyclus/domain';
import { DateField } from '../../components/DateFields';
import { FormModal } from '../../components/FormModal';
import { SafeTextarea } from '../../components/SafeText';
import { useCommandForm } from '../../components/useCommandForm';
import { useTRPC } from '../../trpc/trpc';
import { useCaseOptions } from './caseLabels';

interface CloseValues extends Record<string, unknown> {
  reason: string;
  closedOn: string | null;
  doneInstead: string[];
  note: string;
}

/** Closes a case: why, on which day, and what was done instead of the care that would have been deployed. */
export function CloseCaseModal({ record, onClose }: { record: CaseRecord; onClose: () => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const options = useCaseOptions();
  const initialValues: CloseValues = {
    reason: 'goalsReached',
    closedOn: dateInZone(new Date(), 'Europe/Amsterdam'),
    doneInstead: record.doneInstead,
    note: '',
  };
  const form = useCommandForm({
    initialValues,
    schema: caseCloseInputSchema,
    toInput: (values: CloseValues) => ({
      programmeId: record.programmeId,
      code: record.code,
      reason: values.reason,
      closedOn: values.closedOn ?? undefined,
      doneInstead: values.doneInstead,
      note: values.note.trim() || null,
    }),
    onClose,
    refresh: () => queryClient.invalidateQueries(trpc.cases.pathFilter()),
  });
  const close = useMutation(
    trpc.cases.close.mutationOptions({
      onSuccess: (closed) => form.succeeded(t('cases.closedDone', { code: closed.code })),
      onError: form.onError,
    }),
  );
  return (
    <FormModal
      title={t('cases.closeTitle', { code: record.code })}
      size="lg"
      onClose={onClose}
      {...form.modal(close, (input) => input as Parameters<typeof close.mutate>[0])}
      submitLabel={t('cases.closeSubmit')}
    >
      <NativeSelect
        label={t('cases.closeReasonLabel')}
        data={options.closeReasons}
        required
        {...form.form.getInputProps('reason')}
      />
      <DateField
        label={t('cases.closedOn')}
        required
        value={form.form.getValues().closedOn}
        onChange={(value) => form.form.setFieldValue('closedOn', value)}
        error={form.form.errors.closedOn}
      />
      <MultiSelect
        searchable
        label={t('cases.doneInsteadLabel')}
        description={t('cases.doneInsteadHint')}
        data={options.doneInstead}
        {...form.form.getInputProps('doneInstead')}
      />
      <SafeTextarea label={t('cases.closeNote')} {...form.form.getInputProps('note')} />
    </FormModal>
  );
}
