import { useState, type ReactNode } from 'react';
import { Button, Fieldset, Group, NativeSelect, Stack, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../session/CurrentUser';
import { FormModal } from './FormModal';
import { RemovableRow } from './RemovableRow';
import type { useCommandForm } from './useCommandForm';
import { useKeyedRows } from './useKeyedRows';

/** What a cycle's and a group's evaluation share: development goals, each with an owner or none, and notes. */
export function useEvaluationFields() {
  const goals = useKeyedRows<{ text: string; owner: string }>();
  const [notes, setNotes] = useState('');
  return {
    goals,
    notes,
    setNotes,
    /** The paths of its fields, where the server's errors go. */
    paths: [
      'notes',
      'developmentGoals',
      ...goals.rows.flatMap((_, i) => ['', '.text', '.owner'].map((f) => `developmentGoals.${i}${f}`)),
    ],
    /** The goals left without text, each with `message`. */
    missing: (message: string): Record<string, string> =>
      Object.fromEntries(
        goals.rows.flatMap((row, i) => (row.text.trim() ? [] : [[`developmentGoals.${i}.text`, message]])),
      ),
    input: () => ({
      developmentGoals: goals.rows.map((row) => ({ text: row.text.trim(), owner: row.owner || null })),
      notes: notes.trim(),
    }),
  };
}

interface EvaluationFormModalProps {
  checkpointTitle: string;
  fields: ReturnType<typeof useEvaluationFields>;
  form: Pick<ReturnType<typeof useCommandForm>, 'failure' | 'textField'>;
  pending: boolean;
  onSubmit: () => void;
  onClose: () => void;
  /** What is particular to the evaluation of a cycle or a group, above the goals and notes. */
  children: ReactNode;
}

/** The evaluation of a checkpoint of a cycle or group: its own fields, then the goals and the notes. */
export function EvaluationFormModal({
  checkpointTitle,
  fields,
  form,
  pending,
  onSubmit,
  onClose,
  children,
}: EvaluationFormModalProps) {
  const { t } = useTranslation();
  const { users } = useCurrentUser();
  const { goals } = fields;
  const { errors } = form.failure;
  return (
    <FormModal
      title={t('evaluation.title', { title: checkpointTitle })}
      size="xl"
      onClose={onClose}
      onSubmit={onSubmit}
      problem={form.failure.problem}
      pending={pending}
      submitLabel={t('evaluation.submit')}
    >
      {children}
      <Fieldset legend={t('evaluation.developmentGoals')}>
        <Stack gap="sm">
          {goals.rows.map((row, index) => (
            <RemovableRow
              key={row.key}
              removeLabel={t('evaluation.removeGoal', { index: index + 1 })}
              onRemove={() => goals.remove(row.key)}
            >
              <Textarea
                style={{ flex: 2 }}
                label={t('evaluation.goal', { index: index + 1 })}
                value={row.text}
                onChange={(event) => {
                  goals.change(row.key, { text: event.currentTarget.value });
                  form.failure.clear(`developmentGoals.${index}.text`);
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
                onChange={(event) => goals.change(row.key, { owner: event.currentTarget.value })}
                data={[
                  { value: '', label: t('question.nobody') },
                  ...users.map((user) => ({ value: user.id, label: user.name })),
                ]}
                error={errors[`developmentGoals.${index}.owner`]}
              />
            </RemovableRow>
          ))}
          <Group>
            <Button size="xs" variant="light" onClick={() => goals.add({ text: '', owner: '' })}>
              {t('evaluation.addGoal')}
            </Button>
          </Group>
        </Stack>
      </Fieldset>
      <Textarea
        label={t('evaluation.notes')}
        {...form.textField('notes', fields.notes, fields.setNotes)}
        autosize
        minRows={3}
        maxRows={10}
      />
    </FormModal>
  );
}
