import { Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FormModal } from './FormModal';
import type { Problem } from './FormProblem';
import type { CommandForm } from './useCommandForm';
import { SafeTextarea } from './SafeText';

export interface EscalationValues extends Record<string, unknown> {
  why: string;
  /** Named only when the process has no table of its own. */
  table: string;
}

export const emptyEscalation: EscalationValues = { why: '', table: '' };

/** The escalation's own fields as the command takes them; `table` only when the process has none. */
export function escalationInput(values: EscalationValues, ownTable: string | null) {
  return { why: values.why.trim(), ...(ownTable ? {} : { table: values.table.trim() }) };
}

interface EscalationFormModalProps<Input> {
  title: string;
  /** What goes up: the question or obstacle as worded. */
  subject: string;
  /** The process's own table, or null when the form names one. */
  table: string | null;
  tableHint: string;
  whyLabel: string;
  form: Pick<CommandForm<EscalationValues, Input>, 'form'>;
  /** The modal's submit, its problem and its wait (`form.modal(command)`). */
  modal: { onSubmit: () => void; problem: Problem | null; pending: boolean };
  onClose: () => void;
}

/** A question or obstacle put before a management table, with why it cannot be solved lower down. */
export function EscalationFormModal<Input>({
  subject,
  table,
  tableHint,
  whyLabel,
  form,
  modal,
  ...rest
}: EscalationFormModalProps<Input>) {
  const { t } = useTranslation();
  return (
    <FormModal {...rest} {...modal} size="lg" submitLabel={t('escalate.submit')}>
      <Text size="sm">{subject}</Text>
      {table ? (
        <Text size="sm" c="dimmed">
          {t('escalate.toTable', { table })}
        </Text>
      ) : (
        <TextInput
          label={t('escalate.table')}
          description={tableHint}
          {...form.form.getInputProps('table')}
          required
        />
      )}
      <SafeTextarea
        label={whyLabel}
        description={t('escalate.whyHint')}
        {...form.form.getInputProps('why')}
        autosize
        minRows={3}
        required
        data-autofocus
      />
    </FormModal>
  );
}
