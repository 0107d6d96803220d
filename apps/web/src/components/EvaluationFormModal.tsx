import type { ReactNode } from 'react';
import { Button, Fieldset, Group, NativeSelect, Stack, Textarea } from '@mantine/core';
import type { UseMutationResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Checkpoint } from '@leercyclus/domain';
import { useCurrentUser } from '../session/CurrentUser';
import { FormModal } from './FormModal';
import { RemovableRow } from './RemovableRow';
import { newRowKey } from './rowKeys';
import type { CommandForm } from './useCommandForm';

/** What a cycle's and a group's evaluation share: development goals, each with an owner or none, and notes. */
export type EvaluationValues = {
  developmentGoals: { key: number; text: string; owner: string }[];
  notes: string;
};

export const emptyEvaluation: EvaluationValues = { developmentGoals: [], notes: '' };

export function evaluationInput(values: EvaluationValues) {
  return {
    developmentGoals: values.developmentGoals.map((row) => ({
      text: row.text.trim(),
      owner: row.owner || null,
    })),
    notes: values.notes.trim(),
  };
}

interface EvaluationFormModalProps<Values extends EvaluationValues, Input, Sent> {
  checkpoint: Checkpoint;
  form: Omit<CommandForm<Values, Input>, 'modal'>;
  /** The evaluation's command, and what names the cycle or group it goes to. */
  command: Pick<UseMutationResult<unknown, unknown, Sent>, 'mutate' | 'isPending'>;
  sent: (input: Input, requestId: string) => Sent;
  onClose: () => void;
  /** What is particular to the evaluation of a cycle or a group, above the goals and notes. */
  children: ReactNode;
}

/** The evaluation of a checkpoint of a cycle or group: its own fields, then the goals and the notes. */
export function EvaluationFormModal<Values extends EvaluationValues, Input, Sent>({
  checkpoint,
  form,
  command,
  sent,
  onClose,
  children,
}: EvaluationFormModalProps<Values, Input, Sent>) {
  const { t } = useTranslation();
  const { users } = useCurrentUser();
  // The paths are the shared part's own; the form's values hold more.
  const fields = form.form as unknown as CommandForm<EvaluationValues, Input>['form'];
  return (
    <FormModal
      title={t('evaluation.title', { title: checkpoint.title })}
      size="xl"
      onClose={onClose}
      onSubmit={form.submit((input) =>
        command.mutate(sent(input, form.requestId), {
          onSuccess: () => void form.succeeded(t('evaluation.saved', { title: checkpoint.title })),
          onError: form.onError,
        }),
      )}
      problem={form.problem}
      pending={command.isPending}
      submitLabel={t('evaluation.submit')}
    >
      {children}
      <Fieldset legend={t('evaluation.developmentGoals')}>
        <Stack gap="sm">
          {fields.values.developmentGoals.map((row, index) => (
            <RemovableRow
              key={row.key}
              removeLabel={t('evaluation.removeGoal', { index: index + 1 })}
              onRemove={() => fields.removeListItem('developmentGoals', index)}
            >
              <Textarea
                style={{ flex: 2 }}
                label={t('evaluation.goal', { index: index + 1 })}
                {...fields.getInputProps(`developmentGoals.${index}.text`)}
                autosize
                minRows={1}
                required
              />
              <NativeSelect
                style={{ flex: 1 }}
                label={t('evaluation.goalOwner', { index: index + 1 })}
                {...fields.getInputProps(`developmentGoals.${index}.owner`)}
                data={[
                  { value: '', label: t('question.nobody') },
                  ...users.map((user) => ({ value: user.id, label: user.name })),
                ]}
              />
            </RemovableRow>
          ))}
          <Group>
            <Button
              size="xs"
              variant="light"
              onClick={() =>
                fields.insertListItem('developmentGoals', { key: newRowKey(), text: '', owner: '' })
              }
            >
              {t('evaluation.addGoal')}
            </Button>
          </Group>
        </Stack>
      </Fieldset>
      <Textarea
        label={t('evaluation.notes')}
        {...fields.getInputProps('notes')}
        autosize
        minRows={3}
        maxRows={10}
      />
    </FormModal>
  );
}
