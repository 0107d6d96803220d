import { Textarea } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { RouterOutputs } from '@leercyclus/api';
import { submitGroupEvaluationInputSchema, type Checkpoint } from '@leercyclus/domain';
import {
  EvaluationFormModal,
  emptyEvaluation,
  evaluationInput,
} from '../../../components/EvaluationFormModal';
import { filled } from '../../../components/useCommandForm';
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
  const form = useGroupCommandForm(group, {
    initialValues: { ...emptyEvaluation, reformulatedQuestion: '' },
    schema: submitGroupEvaluationInputSchema,
    toInput: (values) => ({
      checkpointId: checkpoint.id,
      reformulatedQuestion: filled(values.reformulatedQuestion),
      ...evaluationInput(values),
    }),
    onClose,
  });
  const submitEvaluation = useMutation(trpc.groups.submitEvaluation.mutationOptions());

  return (
    <EvaluationFormModal
      checkpoint={checkpoint}
      form={form}
      command={submitEvaluation}
      sent={(input, requestId) => ({ slug: group.slug, requestId, ...input })}
      onClose={onClose}
    >
      <Textarea
        label={t('groups.reformulatedQuestion')}
        description={t('groups.reformulatedQuestionHint', { question: group.question })}
        {...form.form.getInputProps('reformulatedQuestion')}
        autosize
        minRows={2}
        data-autofocus
      />
    </EvaluationFormModal>
  );
}
