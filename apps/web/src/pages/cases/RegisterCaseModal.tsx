import { TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { caseRegisterInputSchema, type Programme } from '@leercyclus/domain';
import { FormModal } from '../../components/FormModal';
import { useCommandForm } from '../../components/useCommandForm';
import { useTRPC } from '../../trpc/trpc';
import { CaseFields, caseFieldsInput, emptyCase, type CaseValues } from './CaseFields';

interface RegisterValues extends CaseValues {
  code: string;
}

/** Registers a case under its pseudonymous code. */
export function RegisterCaseModal({ programme, onClose }: { programme: Programme; onClose: () => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const form = useCommandForm({
    initialValues: { code: '', ...emptyCase(programme.districts[0] ?? '') },
    schema: caseRegisterInputSchema,
    toInput: (values: RegisterValues) => ({
      programmeId: programme.id,
      code: values.code.trim(),
      ...caseFieldsInput(values),
    }),
    onClose,
    refresh: () => queryClient.invalidateQueries(trpc.cases.pathFilter()),
  });
  const register = useMutation(
    trpc.cases.register.mutationOptions({
      onSuccess: (record) => form.succeeded(t('cases.registered', { code: record.code })),
      onError: form.onError,
    }),
  );
  return (
    <FormModal
      title={t('cases.register')}
      size="xl"
      onClose={onClose}
      {...form.modal(register, (input) => input as Parameters<typeof register.mutate>[0])}
      submitLabel={t('cases.registerSubmit')}
    >
      <TextInput
        label={t('cases.code')}
        description={t('cases.codeHint')}
        autoComplete="off"
        spellCheck={false}
        required
        {...form.form.getInputProps('code')}
      />
      <CaseFields form={form.form} districts={programme.districts} />
    </FormModal>
  );
}
