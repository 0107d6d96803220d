import type { ChangeEvent } from 'react';
import { Button, Fieldset, Group, Stack } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { RouterOutputs } from '@leercyclus/api';
import { completeGroupInputSchema } from '@leercyclus/domain';
import { FormModal } from '../../../components/FormModal';
import { RemovableRow } from '../../../components/RemovableRow';
import { newRowKey } from '../../../components/rowKeys';
import { useTRPC } from '../../../trpc/trpc';
import { useGroupCommandForm } from './useGroupCommandForm';
import { SafeTextarea } from '../../../components/SafeText';

/** One item a line: the lists are short texts, typed most easily one under another. */
const lines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

/** Ends the group with what it embedded in daily work, what it did not and why, and its lessons. */
export function CompleteGroupModal({
  group,
  onClose,
}: {
  group: RouterOutputs['groups']['get'];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const form = useGroupCommandForm(group, {
    initialValues: {
      embedded: '',
      notEmbedded: [] as { key: number; what: string; why: string }[],
      lessons: '',
    },
    schema: completeGroupInputSchema,
    toInput: (values) => ({
      embedded: lines(values.embedded),
      notEmbedded: values.notEmbedded.map((row) => ({ what: row.what.trim(), why: row.why.trim() })),
      lessons: lines(values.lessons),
    }),
    onClose,
  });
  const { values } = form.form;

  const complete = useMutation(
    trpc.groups.complete.mutationOptions({
      onSuccess: () => form.succeeded(t('groups.completed')),
      onError: form.onError,
    }),
  );

  // A row said what was not embedded: the request to say either answers it.
  const rowField = (index: number, field: 'what' | 'why') => ({
    ...form.form.getInputProps(`notEmbedded.${index}.${field}`),
    onChange: (event: ChangeEvent<HTMLTextAreaElement>) => {
      form.form.setFieldValue(`notEmbedded.${index}.${field}`, event.currentTarget.value);
      form.form.clearFieldError('embedded');
    },
  });

  return (
    <FormModal
      title={t('groups.completeTitle', { slug: group.slug })}
      size="xl"
      onClose={onClose}
      {...form.modal(complete)}
      submitLabel={t('groups.submitComplete')}
    >
      <SafeTextarea
        label={t('groups.embedded')}
        description={t('groups.embeddedHint')}
        {...form.form.getInputProps('embedded')}
        autosize
        minRows={3}
        data-autofocus
      />
      <Fieldset legend={t('groups.notEmbedded')}>
        <Stack gap="sm">
          {values.notEmbedded.map((row, index) => (
            <RemovableRow
              key={row.key}
              removeLabel={t('groups.removeNotEmbedded', { index: index + 1 })}
              onRemove={() => form.form.removeListItem('notEmbedded', index)}
            >
              <SafeTextarea
                style={{ flex: 1 }}
                label={t('groups.notEmbeddedWhat', { index: index + 1 })}
                {...rowField(index, 'what')}
                autosize
                minRows={1}
                required
              />
              <SafeTextarea
                style={{ flex: 1 }}
                label={t('groups.notEmbeddedWhy', { index: index + 1 })}
                {...rowField(index, 'why')}
                autosize
                minRows={1}
                required
              />
            </RemovableRow>
          ))}
          <Group>
            <Button
              size="xs"
              variant="light"
              onClick={() => {
                form.form.insertListItem('notEmbedded', { key: newRowKey(), what: '', why: '' });
                form.form.clearFieldError('embedded');
              }}
            >
              {t('groups.addNotEmbedded')}
            </Button>
          </Group>
        </Stack>
      </Fieldset>
      <SafeTextarea
        label={t('groups.lessons')}
        description={t('groups.lessonsHint')}
        {...form.form.getInputProps('lessons')}
        autosize
        minRows={3}
        required
      />
    </FormModal>
  );
}
