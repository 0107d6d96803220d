import { TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { RouterOutputs } from '@leercyclus/api';
import { addQuestionActionInputSchema, dateInZone, type LearningQuestion } from '@leercyclus/domain';
import { DateField } from '../../../components/DateFields';
import { FormModal } from '../../../components/FormModal';
import { PersonSelect } from '../../../components/PersonSelect';
import { SafeTextarea } from '../../../components/SafeText';
import { useSignedIn } from '../../../session/Session';
import { useTRPC } from '../../../trpc/trpc';
import { useCycleCommandForm } from './useCycleCommandForm';

interface ActionModalProps {
  cycle: RouterOutputs['cycles']['get'];
  question: LearningQuestion;
  onClose: () => void;
}

/** Notes what the network tries on a question: what, by whom, from when; its effect is judged later. */
export function ActionModal({ cycle, question, onClose }: ActionModalProps) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const me = useSignedIn().person.id;
  const form = useCycleCommandForm(cycle, {
    initialValues: {
      text: '',
      takenBy: me,
      startsOn: dateInZone(new Date(), cycle.timeZone),
    },
    schema: addQuestionActionInputSchema,
    toInput: (values) => ({
      questionNumber: question.number,
      text: values.text.trim(),
      takenBy: values.takenBy,
      startsOn: values.startsOn ?? '',
    }),
    onClose,
  });
  const add = useMutation(
    trpc.cycles.addQuestionAction.mutationOptions({
      onSuccess: () => form.succeeded(t('actions.added', { number: question.number })),
      onError: form.onError,
    }),
  );

  return (
    <FormModal
      title={t('actions.addTitle', { number: question.number })}
      size="lg"
      onClose={onClose}
      {...form.modal(add)}
      submitLabel={t('actions.addSubmit')}
    >
      <TextInput label={t('actions.question')} value={question.text} readOnly variant="filled" />
      <SafeTextarea
        label={t('actions.text')}
        description={t('actions.textHint')}
        {...form.form.getInputProps('text')}
        autosize
        minRows={2}
        required
      />
      <PersonSelect
        label={t('actions.takenBy')}
        {...form.form.getInputProps('takenBy')}
        value={form.form.values.takenBy}
        required
      />
      <DateField
        label={t('actions.startsOn')}
        {...form.form.getInputProps('startsOn')}
        value={form.form.values.startsOn}
        required
      />
    </FormModal>
  );
}
