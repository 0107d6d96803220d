import { useState } from 'react';
import { Textarea } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { RouterOutputs } from '@leercyclus/api';
import type { Checkpoint } from '@leercyclus/domain';
import { EvaluationFormModal, useEvaluationFields } from '../../../components/EvaluationFormModal';
import { useTRPC } from '../../../trpc/trpc';
import { useGroupCommandForm } from './useGroupCommandForm';

interface GroupEvaluationModalProps {
  group: RouterOutputs['groups']['get'];
  checkpoint: Checkpoint;
  onClose: () => void;
}

/** The group's evaluation of a checkpoint: perhaps a sharper wording of its question, goals, notes. */
export function GroupEvaluationModal({ group, checkpoint, onClose }: GroupEvaluationModalProps) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const evaluation = useEvaluationFields();
  const form = useGroupCommandForm(new Set([...evaluation.paths, 'reformulatedQuestion']), onClose);
  const { requestId } = form;
  const [question, setQuestion] = useState('');

  const submitEvaluation = useMutation(
    trpc.groups.submitEvaluation.mutationOptions({
      onSuccess: () => form.succeeded(t('evaluation.saved', { title: checkpoint.title })),
      onError: form.onError,
    }),
  );

  function submit() {
    if (!form.accepts(evaluation.missing(t('validation.required')))) return;
    const reformulated = question.trim();
    submitEvaluation.mutate({
      slug: group.slug,
      requestId,
      checkpointId: checkpoint.id,
      ...(reformulated ? { reformulatedQuestion: reformulated } : {}),
      ...evaluation.input(),
    });
  }

  return (
    <EvaluationFormModal
      checkpointTitle={checkpoint.title}
      fields={evaluation}
      form={form}
      pending={submitEvaluation.isPending}
      onSubmit={submit}
      onClose={onClose}
    >
      <Textarea
        label={t('groups.reformulatedQuestion')}
        description={t('groups.reformulatedQuestionHint', { question: group.question })}
        {...form.textField('reformulatedQuestion', question, setQuestion)}
        autosize
        minRows={2}
        data-autofocus
      />
    </EvaluationFormModal>
  );
}
