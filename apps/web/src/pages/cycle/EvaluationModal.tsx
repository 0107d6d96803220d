import { useState } from 'react';
import { Button, CloseButton, Fieldset, Group, NativeSelect, Stack, Text, Textarea } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Checkpoint, CycleState } from '@leercyclus/domain';
import { FormModal } from '../../components/FormModal';
import { useCurrentUser } from '../../session/CurrentUser';
import { useTRPC } from '../../trpc/trpc';
import { useCycleCommandForm } from './useCycleCommandForm';

interface SharpenedRow {
  key: number;
  questionNumber: string;
  text: string;
}

interface GoalRow {
  key: number;
  text: string;
  owner: string;
}

let nextKey = 1;

interface EvaluationModalProps {
  cycle: CycleState;
  checkpoint: Checkpoint;
  onClose: () => void;
}

/** The joint evaluation of a checkpoint: sharper wordings of questions, new development goals, notes. */
export function EvaluationModal({ cycle, checkpoint, onClose }: EvaluationModalProps) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const { users } = useCurrentUser();
  const [sharpened, setSharpened] = useState<SharpenedRow[]>([]);
  const [goals, setGoals] = useState<GoalRow[]>([]);
  const [notes, setNotes] = useState('');
  const paths = new Set(['notes', 'sharpenedQuestions', 'developmentGoals']);
  sharpened.forEach((_, i) =>
    ['', '.questionNumber', '.text'].forEach((f) => paths.add(`sharpenedQuestions.${i}${f}`)),
  );
  goals.forEach((_, i) => ['', '.text', '.owner'].forEach((f) => paths.add(`developmentGoals.${i}${f}`)));
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
    const missing: Record<string, string> = {};
    sharpened.forEach((row, i) => {
      if (!row.questionNumber)
        missing[`sharpenedQuestions.${i}.questionNumber`] = t('validation.chooseOption');
      if (!row.text.trim()) missing[`sharpenedQuestions.${i}.text`] = t('validation.required');
    });
    goals.forEach((row, i) => {
      if (!row.text.trim()) missing[`developmentGoals.${i}.text`] = t('validation.required');
    });
    if (!form.accepts(missing)) return;
    submitEvaluation.mutate({
      ...ref,
      requestId,
      checkpointId: checkpoint.id,
      sharpenedQuestions: sharpened.map((row) => ({
        questionNumber: Number(row.questionNumber),
        text: row.text.trim(),
      })),
      developmentGoals: goals.map((row) => ({ text: row.text.trim(), owner: row.owner || null })),
      notes: notes.trim(),
    });
  }

  const setRow = (key: number, change: Partial<SharpenedRow>) =>
    setSharpened((rows) => rows.map((row) => (row.key === key ? { ...row, ...change } : row)));
  const setGoal = (key: number, change: Partial<GoalRow>) =>
    setGoals((rows) => rows.map((row) => (row.key === key ? { ...row, ...change } : row)));

  return (
    <FormModal
      title={t('evaluation.title', { title: checkpoint.title })}
      size="xl"
      onClose={onClose}
      onSubmit={submit}
      problem={failure.problem}
      pending={submitEvaluation.isPending}
      submitLabel={t('evaluation.submit')}
    >
      <Fieldset legend={t('evaluation.sharpenedQuestions')}>
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            {t('evaluation.sharpenedHint')}
          </Text>
          {sharpened.map((row, index) => (
            <Group key={row.key} align="flex-start" wrap="nowrap">
              <Stack gap="xs" style={{ flex: 1 }}>
                <NativeSelect
                  label={t('evaluation.question', { index: index + 1 })}
                  value={row.questionNumber}
                  onChange={(event) => {
                    const questionNumber = event.currentTarget.value;
                    const question = cycle.questions.find((q) => String(q.number) === questionNumber);
                    setRow(row.key, { questionNumber, text: row.text || question?.text || '' });
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
                    setRow(row.key, { text: event.currentTarget.value });
                    failure.clear(`sharpenedQuestions.${index}.text`);
                  }}
                  error={errors[`sharpenedQuestions.${index}.text`]}
                  autosize
                  minRows={2}
                  required
                />
              </Stack>
              <CloseButton
                mt={28}
                aria-label={t('evaluation.removeQuestion', { index: index + 1 })}
                onClick={() => setSharpened((rows) => rows.filter((r) => r.key !== row.key))}
              />
            </Group>
          ))}
          <Group>
            <Button
              size="xs"
              variant="light"
              disabled={openQuestions.length === 0}
              onClick={() =>
                setSharpened((rows) => [...rows, { key: nextKey++, questionNumber: '', text: '' }])
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
      <Fieldset legend={t('evaluation.developmentGoals')}>
        <Stack gap="sm">
          {goals.map((row, index) => (
            <Group key={row.key} align="flex-start" wrap="nowrap">
              <Textarea
                style={{ flex: 2 }}
                label={t('evaluation.goal', { index: index + 1 })}
                value={row.text}
                onChange={(event) => {
                  setGoal(row.key, { text: event.currentTarget.value });
                  failure.clear(`developmentGoals.${index}.text`);
                }}
                error={errors[`developmentGoals.${index}.text`]}
                autosize
                minRows={1}
                required
              />
              <NativeSelect
                style={{ flex: 1 }}
                label={t('evaluation.goalOwner', { index: index + 1 })}
                value={row.owner}
                onChange={(event) => setGoal(row.key, { owner: event.currentTarget.value })}
                data={[
                  { value: '', label: t('question.nobody') },
                  ...users.map((user) => ({ value: user.id, label: user.name })),
                ]}
                error={errors[`developmentGoals.${index}.owner`]}
              />
              <CloseButton
                mt={28}
                aria-label={t('evaluation.removeGoal', { index: index + 1 })}
                onClick={() => setGoals((rows) => rows.filter((r) => r.key !== row.key))}
              />
            </Group>
          ))}
          <Group>
            <Button
              size="xs"
              variant="light"
              onClick={() => setGoals((rows) => [...rows, { key: nextKey++, text: '', owner: '' }])}
            >
              {t('evaluation.addGoal')}
            </Button>
          </Group>
        </Stack>
      </Fieldset>
      <Textarea
        label={t('evaluation.notes')}
        {...form.textField('notes', notes, setNotes)}
        autosize
        minRows={3}
        maxRows={10}
      />
    </FormModal>
  );
}
