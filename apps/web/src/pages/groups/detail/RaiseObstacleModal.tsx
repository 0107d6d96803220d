import { useState } from 'react';
import { NativeSelect, Textarea } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { RouterOutputs } from '@leercyclus/api';
import { organisationalLevels, type Obstacle } from '@leercyclus/domain';
import { FormModal } from '../../../components/FormModal';
import { useTRPC } from '../../../trpc/trpc';
import { useGroupCommandForm } from './useGroupCommandForm';

const paths: ReadonlySet<string> = new Set(['text', 'level']);

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
  const form = useGroupCommandForm(paths, onClose);
  const { requestId, failure } = form;
  const [text, setText] = useState('');
  const [level, setLevel] = useState<Obstacle['level']>('organisation');

  const raise = useMutation(
    trpc.groups.raiseObstacle.mutationOptions({
      onSuccess: () => form.succeeded(t('groups.obstacleRaisedDone')),
      onError: form.onError,
    }),
  );

  function submit() {
    if (!form.accepts(text.trim() ? {} : { text: t('validation.required') })) return;
    raise.mutate({ slug: group.slug, requestId, text: text.trim(), level });
  }

  return (
    <FormModal
      title={t('groups.raiseObstacleTitle')}
      size="lg"
      onClose={onClose}
      onSubmit={submit}
      problem={failure.problem}
      pending={raise.isPending}
      submitLabel={t('groups.submitRaiseObstacle')}
    >
      <Textarea
        label={t('groups.obstacleText')}
        description={t('groups.obstacleTextHint')}
        {...form.textField('text', text, setText)}
        autosize
        minRows={3}
        required
        data-autofocus
      />
      <NativeSelect
        label={t('groups.obstacleLevel')}
        data={organisationalLevels.map((value) => ({ value, label: t(`level.${value}`) }))}
        {...form.textField('level', level, (value) => setLevel(value as Obstacle['level']))}
        required
      />
    </FormModal>
  );
}
