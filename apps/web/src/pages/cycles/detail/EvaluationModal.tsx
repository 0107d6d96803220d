import { Button, Fieldset, Group, NativeSelect, Stack, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { RouterOutputs } from '@leercyclus/api';
import { submitEvaluationInputSchema } from '@leercyclus/domain';
import {
  EvaluationFormModal,
  evaluationForm,
  type EvaluationModalProps,
} from '../../../components/EvaluationFormModal';
import { RemovableRow } from '../../../components/RemovableRow';
import { newRowKey } from '../../../components/rowKeys';
import { useTRPC } from '../../../trpc/trpc';
import { useCycleCommandForm } from './useCycleCommandForm';
import { SafeTextarea } from '../../../components/SafeText';

/** The joint evaluation of a checkpoint: sharper wordings of questions, new development goals, notes. */
export function EvaluationModal({
  cycle,
  ...modal
}: EvaluationModalProps & { cycle: RouterOutputs['cycles']['get'] }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  // The questions a sharper wording can be given to: those still being worked on.
  const openQuestions = cycle.questions.filter((q) => q.status !== 'answered' && q.status !== 'escalated');
  const form = useCycleCommandForm(
    cycle,
    evaluationForm(modal, submitEvaluationInputSchema, {
      initialValues: { sharpenedQuestions: [] as { key: number; questionNumber: string; text: string }[] },
      toInput: (values) => ({
        sharpenedQuestions: values.sharpenedQuestions.map((row) => ({
          // No question chosen is no number: the schema names the choice as missing.
          questionNumber: row.questionNumber ? Number(row.questionNumber) : Number.NaN,
          text: row.text.trim(),
        })),
      }),
    }),
  );
  const sharpened = form.form.values.sharpenedQuestions;
  const submitEvaluation = useMutation(trpc.cycles.submitEvaluation.mutationOptions());

  return (
    <EvaluationFormModal {...modal} form={form} command={submitEvaluation}>
      <Fieldset legend={t('evaluation.sharpenedQuestions')}>
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            {t('evaluation.sharpenedHint')}
          </Text>
          {sharpened.map((row, index) => {
            const questionField = form.form.getInputProps(`sharpenedQuestions.${index}.questionNumber`);
            return (
              <RemovableRow
                key={row.key}
                removeLabel={t('evaluation.removeQuestion', { index: index + 1 })}
                onRemove={() => form.form.removeListItem('sharpenedQuestions', index)}
              >
                <Stack gap="xs" style={{ flex: 1 }}>
                  <NativeSelect
                    label={t('evaluation.question', { index: index + 1 })}
                    {...questionField}
                    onChange={(event) => {
                      const questionNumber = event.currentTarget.value;
                      const question = cycle.questions.find((q) => String(q.number) === questionNumber);
                      form.form.setFieldValue(`sharpenedQuestions.${index}.questionNumber`, questionNumber);
                      // The chosen question's wording, to sharpen, unless one is typed already.
                      if (!row.text && question) {
                        form.form.setFieldValue(`sharpenedQuestions.${index}.text`, question.text);
                      }
                    }}
                    data={[
                      { value: '', label: t('evaluation.chooseQuestion') },
                      ...openQuestions.map((q) => ({
                        value: String(q.number),
                        label: `${q.number}. ${q.text.length > 90 ? `${q.text.slice(0, 90)}…` : q.text}`,
                      })),
                    ]}
                    required
                  />
                  <SafeTextarea
                    label={t('evaluation.newWording', { index: index + 1 })}
                    {...form.form.getInputProps(`sharpenedQuestions.${index}.text`)}
                    autosize
                    minRows={2}
                    required
                  />
                </Stack>
              </RemovableRow>
            );
          })}
          <Group>
            <Button
              size="xs"
              variant="light"
              disabled={openQuestions.length === 0}
              onClick={() =>
                form.form.insertListItem('sharpenedQuestions', {
                  key: newRowKey(),
                  questionNumber: '',
                  text: '',
                })
              }
            >
              {t('evaluation.addSharpened')}
            </Button>
            {openQuestions.length === 0 && (
              <Text size="sm" c="dimmed">
                {t('evaluation.noOpenQuestions')}
              </Text>
            )}
          </Group>
        </Stack>
      </Fieldset>
    </EvaluationFormModal>
  );
}
