import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { caseUpdateInputSchema, type CaseRecord, type Programme } from '@leercyclus/domain';
import { FormModal } from '../../components/FormModal';
import { useCommandForm } from '../../components/useCommandForm';
import { useTRPC } from '../../trpc/trpc';
import { CaseFields, caseFieldsInput, type CaseValues } from './CaseFields';

/** Changes the facts of a case; its code stays. */
export function EditCaseModal({
  programme,
  record,
  onClose,
}: {
  programme: Programme;
  record: CaseRecord;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const form = useCommandForm({
    initialValues: {
      district: record.district,
      novelty: record.novelty,
      ageGroup: record.ageGroup,
      themes: record.themes,
      broughtInBy: record.broughtInBy,
      counterfactual: { care: record.counterfactual.care, amountEur: record.counterfactual.amountEur },
      doneInstead: record.doneInstead,
      notes: record.notes ?? '',
    },
    schema: caseUpdateInputSchema,
    toInput: (values: CaseValues) => ({
      programmeId: programme.id,
      code: record.code,
      ...caseFieldsInput(values),
    }),
    onClose,
    refresh: () => queryClient.invalidateQueries(trpc.cases.pathFilter()),
  });
  const update = useMutation(
    trpc.cases.update.mutationOptions({
      onSuccess: (updated) => form.succeeded(t('cases.updated', { code: updated.code })),
      onError: form.onError,
    }),
  );
  return (
    <FormModal
      title={t('cases.editTitle', { code: record.code })}
      size="xl"
      onClose={onClose}
      {...form.modal(update, (input) => input as Parameters<typeof update.mutate>[0])}
      submitLabel={t('cases.save')}
    >
      <CaseFields form={form.form} districts={programme.districts} />
    </FormModal>
  );
}
