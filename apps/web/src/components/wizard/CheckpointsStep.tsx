import {
  Alert,
  Button,
  Fieldset,
  Group,
  NativeSelect,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { TimeInput } from '@mantine/dates';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../session/CurrentUser';
import { DateField } from '../DateFields';
import { emptyCheckpoint, type CheckpointRow } from './checkpointRows';
import type { Period } from './PeriodFields';
import type { WizardStepProps } from './useWizard';

type CheckpointField = Exclude<keyof CheckpointRow, 'key'>;

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
  const { userId, users } = useCurrentUser();
  const owners = users.map((user) => ({
    value: user.id,
    label: `${user.name} (${user.roles.map((role) => t(`roles.${role}`)).join(', ')})`,
  }));

  function setCheckpoint<K extends CheckpointField>(index: number, field: K, value: CheckpointRow[K]) {
    update(
      (current) => ({
        ...current,
        checkpoints: current.checkpoints.map((row, i) => (i === index ? { ...row, [field]: value } : row)),
      }),
      `checkpoints.${index}.${field}`,
      `checkpoints.${index}`,
    );
  }

  function removeCheckpoint(index: number) {
    // Row numbers shift: every checkpoint error goes, the next check names what is still wrong.
    update(
      (current) => ({ ...current, checkpoints: current.checkpoints.filter((_, i) => i !== index) }),
      ...Object.keys(errors).filter((path) => path.startsWith('checkpoints')),
    );
  }

  return (
    <Stack gap="md">
      <Text size="sm">{intro}</Text>
      {form.checkpoints.length === 0 && <Alert color="gray">{defaultText}</Alert>}
      {errors.checkpoints && (
        <Text c="red" size="sm" role="alert">
          {errors.checkpoints}
        </Text>
      )}
      {form.checkpoints.map((checkpoint, index) => (
        <Fieldset
          key={checkpoint.key}
          legend={t('launch.checkpointLegend', { index: index + 1 })}
          variant="filled"
        >
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <TextInput
              label={t('launch.checkpointTitle')}
              placeholder={t('launch.checkpointTitlePlaceholder')}
              value={checkpoint.title}
              onChange={(event) => setCheckpoint(index, 'title', event.currentTarget.value)}
              error={errors[`checkpoints.${index}.title`]}
              required
            />
            <NativeSelect
              label={t('launch.checkpointOwner')}
              data={owners}
              value={checkpoint.owner}
              onChange={(event) => setCheckpoint(index, 'owner', event.currentTarget.value)}
              error={errors[`checkpoints.${index}.owner`]}
              required
            />
            <DateField
              label={t('launch.checkpointDueOn')}
              value={checkpoint.dueOn}
              onChange={(value) => setCheckpoint(index, 'dueOn', value)}
              error={errors[`checkpoints.${index}.dueOn`]}
              defaultDate={form.endsOn ?? form.startsOn ?? undefined}
              required
            />
            <TimeInput
              label={t('launch.checkpointDueTime')}
              value={checkpoint.dueTime}
              onChange={(event) => setCheckpoint(index, 'dueTime', event.currentTarget.value)}
              error={errors[`checkpoints.${index}.dueTime`]}
              required
            />
          </SimpleGrid>
          {errors[`checkpoints.${index}`] && (
            <Text c="red" size="sm" mt="xs">
              {errors[`checkpoints.${index}`]}
            </Text>
          )}
          <Button variant="subtle" color="red" size="xs" mt="xs" onClick={() => removeCheckpoint(index)}>
            {t('launch.removeCheckpoint', { index: index + 1 })}
          </Button>
        </Fieldset>
      ))}
      <Group>
        <Button
          variant="light"
          size="xs"
          onClick={() =>
            update((current) => ({
              ...current,
              checkpoints: [...current.checkpoints, emptyCheckpoint(userId ?? '')],
            }))
          }
        >
          {t('launch.addCheckpoint')}
        </Button>
      </Group>
    </Stack>
  );
}
