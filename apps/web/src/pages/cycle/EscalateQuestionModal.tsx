import { useState } from 'react';
import { Text, Textarea, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { CycleState, LearningQuestion } from '@leercyclus/domain';
import { FormModal } from '../../components/FormModal';
import { useTRPC } from '../../trpc/trpc';
import { useCycleCommandForm } from './useCycleCommandForm';

const paths: ReadonlySet<string> = new Set(['why', 'table']);

interface EscalateQuestionModalProps {
  cycle: CycleState;
  question: LearningQuestion;
  onClose: () => void;
}

/**
 * Puts a question the network cannot answer itself before a management table: the cycle's own table, or the
 * one named here when the cycle was launched without one.
 */
export function EscalateQuestionModal({ cycle, question, onClose }: EscalateQuestionModalProps) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const form = useCycleCommandForm(cycle, paths, onClose);
  const { ref, requestId, failure } = form;
  const [why, setWhy] = useState('');
  const [table, setTable] = useState('');

  const escalate = useMutation(
    trpc.cycles.escalateQuestion.mutationOptions({
      onSuccess: () => form.succeeded(t('escalate.done', { number: question.number })),
      onError: form.onError,
    }),
  );

  function submit() {
    const missing: Record<string, string> = {};
    if (!why.trim()) missing.why = t('validation.required');
    if (!cycle.managementTable && !table.trim()) missing.table = t('validation.required');
    if (!form.accepts(missing)) return;
    escalate.mutate({
      ...ref,
      requestId,
      questionNumber: question.number,
      why: why.trim(),
      ...(cycle.managementTable ? {} : { table: table.trim() }),
    });
  }

  return (
    <FormModal
      title={t('escalate.title', { number: question.number })}
      size="lg"
      onClose={onClose}
      onSubmit={submit}
      problem={failure.problem}
      pending={escalate.isPending}
      submitLabel={t('escalate.submit')}
    >
      <Text size="sm">{question.text}</Text>
      {cycle.managementTable ? (
        <Text size="sm" c="dimmed">
          {t('escalate.toTable', { table: cycle.managementTable })}
        </Text>
      ) : (
        <TextInput
          label={t('escalate.table')}
          description={t('escalate.tableHint')}
          {...form.textField('table', table, setTable)}
          required
        />
      )}
      <Textarea
        label={t('escalate.why')}
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
