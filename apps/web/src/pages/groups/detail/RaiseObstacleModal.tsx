import { NativeSelect } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { RouterOutputs } from '@leercyclus/api';
import { organisationalLevels, raiseObstacleInputSchema, type Obstacle } from '@leercyclus/domain';
import { FormModal } from '../../../components/FormModal';
import { useTRPC } from '../../../trpc/trpc';
import { useGroupCommandForm } from './useGroupCommandForm';
import { SafeTextarea } from '../../../components/SafeText';

/** Puts something the group cannot remove itself on its obstacle list, open, to escalate later if need be. */
export function RaiseObstacleModal({
  group,
  onClose,
}: {
  group: RouterOutputs['groups']['get'];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const initialValues: { text: string; level: Obstacle['level'] } = { text: '', level: 'organisation' };
  const form = useGroupCommandForm(group, {
    initialValues,
    schema: raiseObstacleInputSchema,
    toInput: (values) => ({ text: values.text.trim(), level: values.level }),
    onClose,
  });

  const raise = useMutation(
    trpc.groups.raiseObstacle.mutationOptions({
      onSuccess: () => form.succeeded(t('groups.obstacleRaisedDone')),
      onError: form.onError,
    }),
  );

  return (
    <FormModal
      title={t('groups.raiseObstacleTitle')}
      size="lg"
      onClose={onClose}
      {...form.modal(raise)}
      submitLabel={t('groups.submitRaiseObstacle')}
    >
      <SafeTextarea
        label={t('groups.obstacleText')}
        description={t('groups.obstacleTextHint')}
        {...form.form.getInputProps('text')}
        autosize
        minRows={3}
        required
        data-autofocus
      />
      <NativeSelect
        label={t('groups.obstacleLevel')}
        data={organisationalLevels.map((value) => ({ value, label: t(`level.${value}`) }))}
        {...form.form.getInputProps('level')}
        required
      />
    </FormModal>
  );
}
