import { NativeSelect } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { RouterOutputs } from '@leercyclus/api';
import {
  actionHelpedValues,
  dateInZone,
  recordActionEffectInputSchema,
  type LearningQuestion,
  type QuestionAction,
} from '@leercyclus/domain';
import { DateField } from '../../../components/DateFields';
import { FormModal } from '../../../components/FormModal';
import { LabelledText } from '../../../components/LabelledText';
import { PersonSelect } from '../../../components/PersonSelect';
import { SafeTextarea } from '../../../components/SafeText';
import { useSignedIn } from '../../../session/Session';
import { useTRPC } from '../../../trpc/trpc';
import { useCycleCommandForm } from './useCycleCommandForm';

/** What the form offers first: most effects noted are seen to help. */
const firstJudgement: (typeof actionHelpedValues)[number] = 'yes';

interface EffectModalProps {
  cycle: RouterOutputs['cycles']['get'];
  question: LearningQuestion;
  action: QuestionAction;
  onClose: () => void;
}

/** Notes what an action did: what was seen, when, who judged it, and whether it helped. */
export function EffectModal({ cycle, question, action, onClose }: EffectModalProps) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const me = useSignedIn().person.id;
  const form = useCycleCommandForm(cycle, {
    initialValues: {
      text: '',
      observedOn: dateInZone(new Date(), cycle.timeZone),
      judgedBy: me,
      helped: firstJudgement,
    },
    schema: recordActionEffectInputSchema,
    toInput: (values) => ({
      questionNumber: question.number,
      actionNumber: action.number,
      text: values.text.trim(),
      observedOn: values.observedOn ?? '',
      judgedBy: values.judgedBy,
      helped: values.helped,
    }),
    onClose,
  });
  const record = useMutation(
    trpc.cycles.recordActionEffect.mutationOptions({
      onSuccess: () => form.succeeded(t('actions.effectRecorded')),
      onError: form.onError,
    }),
  );

  return (
    <FormModal
      title={t('actions.effectTitle', { question: question.number, action: action.number })}
      size="lg"
      onClose={onClose}
      {...form.modal(record)}
      submitLabel={t('actions.effectSubmit')}
    >
      <LabelledText label={t('actions.action')}>{action.text}</LabelledText>
      <SafeTextarea
        label={t('actions.effectText')}
        description={t('actions.textHint')}
        {...form.form.getInputProps('text')}
        autosize
        minRows={2}
        required
      />
      <NativeSelect
        label={t('actions.helped')}
        {...form.form.getInputProps('helped')}
        data={actionHelpedValues.map((value) => ({ value, label: t(`actions.helpedValue.${value}`) }))}
      />
      <DateField
        label={t('actions.observedOn')}
        {...form.form.getInputProps('observedOn')}
        value={form.form.values.observedOn}
        required
      />
      <PersonSelect
        label={t('actions.judgedBy')}
        {...form.form.getInputProps('judgedBy')}
        value={form.form.values.judgedBy}
        required
      />
    </FormModal>
  );
}
