import { Button, Fieldset, Group, NativeSelect, Stack, Text, Textarea } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { RouterOutputs } from '@leercyclus/api';
import type { Checkpoint } from '@leercyclus/domain';
import { EvaluationFormModal, useEvaluationFields } from '../../../components/EvaluationFormModal';
import { RemovableRow } from '../../../components/RemovableRow';
import { useKeyedRows } from '../../../components/useKeyedRows';
import { useTRPC } from '../../../trpc/trpc';
import { useCycleCommandForm } from './useCycleCommandForm';

interface EvaluationModalProps {
  cycle: RouterOutputs['cycles']['get'];
  checkpoint: Checkpoint;
  onClose: () => void;
}

/** The joint evaluation of a checkpoint: sharper wordings of questions, new development goals, notes. */
export function EvaluationModal({ cycle, checkpoint, onClose }: EvaluationModalProps) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const sharpened = useKeyedRows<{ questionNumber: string; text: string }>();
  const evaluation = useEvaluationFields();
  const paths = new Set([...evaluation.paths, 'sharpenedQuestions']);
  sharpened.rows.forEach((_, i) =>
    ['', '.questionNumber', '.text'].forEach((f) => paths.add(`sharpenedQuestions.${i}${f}`)),
  );
  const form = useCycleCommandForm(cycle, paths, onClose);
  const { ref, requestId, failure } = form;
  const { errors } = failure;
  const openQuestions = cycle.questions.filter((q) => q.status !== 'answered' && q.status !== 'escalated');

  const submitEvaluation = useMutation(
    trpc.cycles.submitEvaluation.mutationOptions({
      onSuccess: () => form.succeeded(t('evaluation.saved', { title: checkpoint.title })),
      onError: form.onError,
    }),
  );

  function submit() {
    const missing = evaluation.missing(t('validation.required'));
    sharpened.rows.forEach((row, i) => {
      if (!row.questionNumber)
        missing[`sharpenedQuestions.${i}.questionNumber`] = t('validation.chooseOption');
      if (!row.text.trim()) missing[`sharpenedQuestions.${i}.text`] = t('validation.required');
    });
    if (!form.accepts(missing)) return;
    submitEvaluation.mutate({
      ...ref,
      requestId,
      checkpointId: checkpoint.id,
      sharpenedQuestions: sharpened.rows.map((row) => ({
        questionNumber: Number(row.questionNumber),
        text: row.text.trim(),
      })),
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
      <Fieldset legend={t('evaluation.sharpenedQuestions')}>
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            {t('evaluation.sharpenedHint')}
          </Text>
          {sharpened.rows.map((row, index) => (
            <RemovableRow
              key={row.key}
              removeLabel={t('evaluation.removeQuestion', { index: index + 1 })}
              onRemove={() => sharpened.remove(row.key)}
            >
              <Stack gap="xs" style={{ flex: 1 }}>
                <NativeSelect
                  label={t('evaluation.question', { index: index + 1 })}
                  value={row.questionNumber}
                  onChange={(event) => {
                    const questionNumber = event.currentTarget.value;
                    const question = cycle.questions.find((q) => String(q.number) === questionNumber);
                    sharpened.change(row.key, { questionNumber, text: row.text || question?.text || '' });
                    failure.clear(`sharpenedQuestions.${index}.questionNumber`);
                  }}
                  data={[
                    { value: '', label: t('evaluation.chooseQuestion') },
                    ...openQuestions.map((q) => ({
                      value: String(q.number),
                      label: `${q.number}. ${q.text.length > 90 ? `${q.text.slice(0, 90)}…` : q.text}`,
                    })),
                  ]}
                  error={errors[`sharpenedQuestions.${index}.questionNumber`]}
                  required
                />
                <Textarea
                  label={t('evaluation.newWording', { index: index + 1 })}
                  value={row.text}
                  onChange={(event) => {
                    sharpened.change(row.key, { text: event.currentTarget.value });
                    failure.clear(`sharpenedQuestions.${index}.text`);
                  }}
                  error={errors[`sharpenedQuestions.${index}.text`]}
                  autosize
                  minRows={2}
                  required
                />
              </Stack>
            </RemovableRow>
          ))}
          <Group>
            <Button
              size="xs"
              variant="light"
              disabled={openQuestions.length === 0}
              onClick={() => sharpened.add({ questionNumber: '', text: '' })}
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
