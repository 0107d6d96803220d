import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { RouterOutputs } from '@leercyclus/api';
import { submitGroupEvaluationInputSchema } from '@leercyclus/domain';
import {
  EvaluationFormModal,
  evaluationForm,
  type EvaluationModalProps,
} from '../../../components/EvaluationFormModal';
import { filled } from '../../../components/useCommandForm';
import { useTRPC } from '../../../trpc/trpc';
import { useGroupCommandForm } from './useGroupCommandForm';
import { SafeTextarea } from '../../../components/SafeText';

/** The group's evaluation of a checkpoint: perhaps a sharper wording of its question, goals, notes. */
export function GroupEvaluationModal({
  group,
  ...modal
}: EvaluationModalProps & { group: RouterOutputs['groups']['get'] }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const form = useGroupCommandForm(
    group,
    evaluationForm(modal, submitGroupEvaluationInputSchema, {
      initialValues: { reformulatedQuestion: '' },
      toInput: (values) => ({ reformulatedQuestion: filled(values.reformulatedQuestion) }),
    }),
  );
  const submitEvaluation = useMutation(trpc.groups.submitEvaluation.mutationOptions());

  return (
    <EvaluationFormModal {...modal} form={form} command={submitEvaluation}>
      <SafeTextarea
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
