import type { ReactNode } from 'react';
import { Button, Fieldset, Group, Stack } from '@mantine/core';
import type { UseMutationResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Checkpoint } from '@leercyclus/domain';
import { PersonSelect } from './PersonSelect';
import { FormModal } from './FormModal';
import { RemovableRow } from './RemovableRow';
import { newRowKey } from './rowKeys';
import type { Command, CommandForm, CommandFormOptions } from './useCommandForm';
import { SafeTextarea } from './SafeText';

type ModalProps = ReturnType<CommandForm<EvaluationValues, unknown>['modal']>;

/** What a cycle's and a group's evaluation share: development goals, each with an owner or none, and notes. */
export type EvaluationValues = {
  developmentGoals: { key: number; text: string; owner: string }[];
  notes: string;
};

const emptyEvaluation: EvaluationValues = { developmentGoals: [], notes: '' };

function evaluationInput(values: EvaluationValues) {
  return {
    developmentGoals: values.developmentGoals.map((row) => ({
      text: row.text.trim(),
      owner: row.owner || null,
    })),
    notes: values.notes.trim(),
  };
}

/**
 * The options of an evaluation's command form: the goals and notes of every evaluation, and `own`, the fields
 * of a cycle's or a group's, with the input they give.
 */
export function evaluationForm<Own extends Record<string, unknown>, OwnInput>(
  { checkpoint, onClose }: EvaluationModalProps,
  schema: CommandFormOptions<Own, OwnInput>['schema'],
  own: { initialValues: Own; toInput: (values: Own) => OwnInput },
) {
  return {
    initialValues: { ...emptyEvaluation, ...own.initialValues },
    schema,
    toInput: (values: EvaluationValues & Own) => ({
      checkpointId: checkpoint.id,
      ...own.toInput(values),
      ...evaluationInput(values),
    }),
    onClose,
  };
}

/** What the modal of a cycle's or a group's evaluation is opened with. */
export interface EvaluationModalProps {
  checkpoint: Checkpoint;
  onClose: () => void;
}

interface EvaluationFormModalProps<
  Values extends EvaluationValues,
  Input,
  Sent,
> extends EvaluationModalProps {
  /** The cycle's or group's command form, which sends a command to it (`modal`). */
  form: Omit<CommandForm<Values, Input>, 'modal'> & { modal: (command: Command<Sent>) => ModalProps };
  command: Pick<UseMutationResult<unknown, unknown, Sent>, 'mutate' | 'isPending'>;
  /** What is particular to the evaluation of a cycle or a group, above the goals and notes. */
  children: ReactNode;
}

/** The evaluation of a checkpoint of a cycle or group: its own fields, then the goals and the notes. */
export function EvaluationFormModal<Values extends EvaluationValues, Input, Sent>({
  checkpoint,
  form,
  command,
  onClose,
  children,
}: EvaluationFormModalProps<Values, Input, Sent>) {
  const { t } = useTranslation();
  // The paths are the shared part's own; the form's values hold more.
  const fields = form.form as unknown as CommandForm<EvaluationValues, Input>['form'];
  return (
    <FormModal
      title={t('evaluation.title', { title: checkpoint.title })}
      size="xl"
      onClose={onClose}
      {...form.modal({
        mutate: (sent) =>
          command.mutate(sent, {
            onSuccess: () => void form.succeeded(t('evaluation.saved', { title: checkpoint.title })),
            onError: form.onError,
          }),
        isPending: command.isPending,
      })}
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
              <SafeTextarea
                style={{ flex: 2 }}
                label={t('evaluation.goal', { index: index + 1 })}
                {...fields.getInputProps(`developmentGoals.${index}.text`)}
                autosize
                minRows={1}
                required
              />
              <PersonSelect
                style={{ flex: 1 }}
                label={t('evaluation.goalOwner', { index: index + 1 })}
                {...fields.getInputProps(`developmentGoals.${index}.owner`)}
                value={row.owner}
                none={t('question.nobody')}
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
      <SafeTextarea
        label={t('evaluation.notes')}
        {...fields.getInputProps('notes')}
        autosize
        minRows={3}
        maxRows={10}
      />
    </FormModal>
  );
}
