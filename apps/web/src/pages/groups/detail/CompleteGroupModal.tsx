import { useState, type ChangeEvent } from 'react';
import { Button, Fieldset, Group, Stack, Textarea } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { RouterOutputs } from '@leercyclus/api';
import { FormModal } from '../../../components/FormModal';
import { RemovableRow } from '../../../components/RemovableRow';
import { useKeyedRows } from '../../../components/useKeyedRows';
import { useTRPC } from '../../../trpc/trpc';
import { useGroupCommandForm } from './useGroupCommandForm';

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
  const notEmbedded = useKeyedRows<{ what: string; why: string }>();
  const paths = new Set(['embedded', 'notEmbedded', 'lessons']);
  notEmbedded.rows.forEach((_, i) => ['', '.what', '.why'].forEach((f) => paths.add(`notEmbedded.${i}${f}`)));
  const form = useGroupCommandForm(paths, onClose);
  const { requestId, failure } = form;
  const { errors } = failure;
  const [embedded, setEmbedded] = useState('');
  const [lessons, setLessons] = useState('');

  const complete = useMutation(
    trpc.groups.complete.mutationOptions({
      onSuccess: () => form.succeeded(t('groups.completed')),
      onError: form.onError,
    }),
  );

  function submit() {
    const missing: Record<string, string> = {};
    if (lines(lessons).length === 0) missing.lessons = t('groups.validation.lessonNeeded');
    if (lines(embedded).length === 0 && notEmbedded.rows.length === 0)
      missing.embedded = t('groups.validation.embeddedOrNot');
    notEmbedded.rows.forEach((row, i) => {
      if (!row.what.trim()) missing[`notEmbedded.${i}.what`] = t('validation.required');
      if (!row.why.trim()) missing[`notEmbedded.${i}.why`] = t('validation.required');
    });
    if (!form.accepts(missing)) return;
    complete.mutate({
      slug: group.slug,
      requestId,
      embedded: lines(embedded),
      notEmbedded: notEmbedded.rows.map((row) => ({ what: row.what.trim(), why: row.why.trim() })),
      lessons: lines(lessons),
    });
  }

  const rowField = (index: number, field: 'what' | 'why', key: number, value: string) => ({
    value,
    onChange: (event: ChangeEvent<HTMLTextAreaElement>) => {
      notEmbedded.change(key, { [field]: event.currentTarget.value });
      failure.clear(`notEmbedded.${index}.${field}`, 'embedded');
    },
    error: errors[`notEmbedded.${index}.${field}`],
  });

  return (
    <FormModal
      title={t('groups.completeTitle', { slug: group.slug })}
      size="xl"
      onClose={onClose}
      onSubmit={submit}
      problem={failure.problem}
      pending={complete.isPending}
      submitLabel={t('groups.submitComplete')}
    >
      <Textarea
        label={t('groups.embedded')}
        description={t('groups.embeddedHint')}
        {...form.textField('embedded', embedded, setEmbedded)}
        autosize
        minRows={3}
        data-autofocus
      />
      <Fieldset legend={t('groups.notEmbedded')}>
        <Stack gap="sm">
          {notEmbedded.rows.map((row, index) => (
            <RemovableRow
              key={row.key}
              removeLabel={t('groups.removeNotEmbedded', { index: index + 1 })}
              onRemove={() => notEmbedded.remove(row.key)}
            >
              <Textarea
                style={{ flex: 1 }}
                label={t('groups.notEmbeddedWhat', { index: index + 1 })}
                {...rowField(index, 'what', row.key, row.what)}
                autosize
                minRows={1}
                required
              />
              <Textarea
                style={{ flex: 1 }}
                label={t('groups.notEmbeddedWhy', { index: index + 1 })}
                {...rowField(index, 'why', row.key, row.why)}
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
                notEmbedded.add({ what: '', why: '' });
                failure.clear('embedded');
              }}
            >
              {t('groups.addNotEmbedded')}
            </Button>
          </Group>
        </Stack>
      </Fieldset>
      <Textarea
        label={t('groups.lessons')}
        description={t('groups.lessonsHint')}
        {...form.textField('lessons', lessons, setLessons)}
        autosize
        minRows={3}
        required
      />
    </FormModal>
  );
}
