import { useState } from 'react';
import { Text, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FormModal } from './FormModal';
import type { useCommandForm } from './useCommandForm';

interface EscalationFormModalProps {
  title: string;
  /** What goes up: the question or obstacle as worded. */
  subject: string;
  /** The process's own table, or null when the form names one. */
  table: string | null;
  tableHint: string;
  whyLabel: string;
  form: ReturnType<typeof useCommandForm>;
  pending: boolean;
  /** Sends the escalation; `table` only when the process has none of its own. */
  onSend: (input: { why: string; table?: string }) => void;
  onClose: () => void;
}

/** A question or obstacle put before a management table, with why it cannot be solved lower down. */
export function EscalationFormModal({
  subject,
  table,
  tableHint,
  whyLabel,
  form,
  pending,
  onSend,
  ...modal
}: EscalationFormModalProps) {
  const { t } = useTranslation();
  const [why, setWhy] = useState('');
  const [named, setNamed] = useState('');

  function submit() {
    const missing: Record<string, string> = {};
    if (!why.trim()) missing.why = t('validation.required');
    if (!table && !named.trim()) missing.table = t('validation.required');
    if (!form.accepts(missing)) return;
    onSend({ why: why.trim(), ...(table ? {} : { table: named.trim() }) });
  }

  return (
    <FormModal
      {...modal}
      size="lg"
      onSubmit={submit}
      problem={form.failure.problem}
      pending={pending}
      submitLabel={t('escalate.submit')}
    >
      <Text size="sm">{subject}</Text>
      {table ? (
        <Text size="sm" c="dimmed">
          {t('escalate.toTable', { table })}
        </Text>
      ) : (
        <TextInput
          label={t('escalate.table')}
          description={tableHint}
          {...form.textField('table', named, setNamed)}
          required
        />
      )}
      <Textarea
        label={whyLabel}
        description={t('escalate.whyHint')}
        {...form.textField('why', why, setWhy)}
        autosize
        minRows={3}
        required
        data-autofocus
      />
    </FormModal>
  );
}
