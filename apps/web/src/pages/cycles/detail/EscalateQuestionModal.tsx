import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { RouterOutputs } from '@leercyclus/api';
import { escalateQuestionInputSchema, type LearningQuestion } from '@leercyclus/domain';
import {
  EscalationFormModal,
  emptyEscalation,
  escalationInput,
} from '../../../components/EscalationFormModal';
import { useTRPC } from '../../../trpc/trpc';
import { useCycleCommandForm } from './useCycleCommandForm';

interface EscalateQuestionModalProps {
  cycle: RouterOutputs['cycles']['get'];
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
  const form = useCycleCommandForm(cycle, {
    initialValues: emptyEscalation,
    schema: escalateQuestionInputSchema,
    toInput: (values) => ({
      questionNumber: question.number,
      ...escalationInput(values, cycle.managementTable),
    }),
    onClose,
  });

  const escalate = useMutation(
    trpc.cycles.escalateQuestion.mutationOptions({
      onSuccess: () => form.succeeded(t('escalate.done', { number: question.number })),
      onError: form.onError,
    }),
  );

  return (
    <EscalationFormModal
      title={t('escalate.title', { number: question.number })}
      subject={question.text}
      table={cycle.managementTable}
      tableHint={t('escalate.tableHint')}
      whyLabel={t('escalate.why')}
      form={form}
      modal={form.modal(escalate)}
      onClose={onClose}
    />
  );
}
