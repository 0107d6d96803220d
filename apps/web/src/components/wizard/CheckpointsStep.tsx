import { Alert, SimpleGrid, Stack, Text } from '@mantine/core';
import { TimeInput } from '@mantine/dates';
import { useTranslation } from 'react-i18next';
import { useSignedIn } from '../../session/Session';
import { PersonSelect } from '../PersonSelect';
import { DateField } from '../DateFields';
import { emptyCheckpoint, type CheckpointRow } from './checkpointRows';
import type { Period } from './PeriodFields';
import { RowList } from './RowList';
import { useRowList } from './useRowList';
import type { WizardStepProps } from './useWizard';
import { SafeTextInput } from '../SafeText';

interface CheckpointsStepProps<
  Form extends Period & { checkpoints: CheckpointRow[] },
> extends WizardStepProps<Form> {
  intro: string;
  /** What the process plans when no checkpoint is added. */
  defaultText: string;
}

/** The evaluation checkpoints of a process about to launch, each with an owner and a due moment. */
export function CheckpointsStep<Form extends Period & { checkpoints: CheckpointRow[] }>({
  form,
  errors,
  update,
  intro,
  defaultText,
}: CheckpointsStepProps<Form>) {
  const { t } = useTranslation();
  const { person } = useSignedIn();

  const checkpoints = useRowList({ errors, update }, 'checkpoints', form.checkpoints);

  return (
    <Stack gap="md">
      <Text size="sm">{intro}</Text>
      {form.checkpoints.length === 0 && <Alert color="gray">{defaultText}</Alert>}
      <RowList
        rows={checkpoints.rows}
        error={errors.checkpoints}
        rowError={(index) => errors[`checkpoints.${index}`]}
        rowErrorBelow
        legend={(index) => t('launch.checkpointLegend', { index: index + 1 })}
        renderRow={(checkpoint, index) => (
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <SafeTextInput
              label={t('launch.checkpointTitle')}
              placeholder={t('launch.checkpointTitlePlaceholder')}
              value={checkpoint.title}
              onChange={(event) => checkpoints.change(index, { title: event.currentTarget.value })}
              error={errors[`checkpoints.${index}.title`]}
              required
            />
            <PersonSelect
              label={t('launch.checkpointOwner')}
              value={checkpoint.owner}
              onChange={(event) => checkpoints.change(index, { owner: event.currentTarget.value })}
              error={errors[`checkpoints.${index}.owner`]}
              required
            />
            <DateField
              label={t('launch.checkpointDueOn')}
              value={checkpoint.dueOn}
              onChange={(value) => checkpoints.change(index, { dueOn: value })}
              error={errors[`checkpoints.${index}.dueOn`]}
              defaultDate={form.endsOn ?? form.startsOn ?? undefined}
              required
            />
            <TimeInput
              label={t('launch.checkpointDueTime')}
              value={checkpoint.dueTime}
              onChange={(event) => checkpoints.change(index, { dueTime: event.currentTarget.value })}
              error={errors[`checkpoints.${index}.dueTime`]}
              required
            />
          </SimpleGrid>
        )}
        removeLabel={(_, index) => t('launch.removeCheckpoint', { index: index + 1 })}
        onRemove={checkpoints.remove}
        addLabel={t('launch.addCheckpoint')}
        onAdd={() => checkpoints.add(emptyCheckpoint(person.id))}
      />
    </Stack>
  );
}
