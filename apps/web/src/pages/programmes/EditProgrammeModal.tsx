import { ActionIcon, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { programmeUpdateInputSchema, type Programme } from '@leercyclus/domain';
import { FormModal } from '../../components/FormModal';
import { filled, useCommandForm } from '../../components/useCommandForm';
import { useCategoryLabel } from '../../format/labels';
import { useTRPC } from '../../trpc/trpc';
import { ProgrammeFields, type ProgrammeValues } from './ProgrammeFields';

interface CategoryRow {
  /** The code the programme has now; null for a category added here. */
  was: string | null;
  code: string;
}

interface EditValues extends ProgrammeValues {
  categories: CategoryRow[];
}

/**
 * Changes a programme. Each category is a row: changing its code renames it (the rename is kept, and questions
 * filed under the old code keep it), an empty row added at the end is a new category, a cleared row is dropped.
 */
export function EditProgrammeModal({ programme, onClose }: { programme: Programme; onClose: () => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const categoryLabel = useCategoryLabel();
  const initialValues: EditValues = {
    name: programme.name,
    projectLeader: programme.projectLeader,
    districts: programme.districts,
    managementTable: programme.managementTable,
    categories: programme.questionCategories.map((code) => ({ was: code, code })),
  };
  const form = useCommandForm({
    initialValues,
    schema: programmeUpdateInputSchema,
    toInput: (values: EditValues) => {
      const kept = values.categories.filter((row) => row.code.trim() !== '');
      return {
        id: programme.id,
        name: values.name.trim(),
        projectLeader: filled(values.projectLeader),
        districts: values.districts.map((name) => name.trim()).filter(Boolean),
        managementTable: filled(values.managementTable),
        questionCategories: kept.map((row) => row.code.trim()),
        categoryRenames: kept
          .filter((row) => row.was !== null && row.was !== row.code.trim())
          .map((row) => ({ from: row.was!, to: row.code.trim() })),
      };
    },
    onClose,
    refresh: () => queryClient.invalidateQueries(trpc.programmes.pathFilter()),
  });
  const update = useMutation(
    trpc.programmes.update.mutationOptions({
      onSuccess: (updated) => form.succeeded(t('programmes.saved', { name: updated.name })),
      onError: form.onError,
    }),
  );
  const rows = form.form.getValues().categories;
  return (
    <FormModal
      title={t('programmes.edit')}
      size="lg"
      onClose={onClose}
      {...form.modal(update, (input) => input as Parameters<typeof update.mutate>[0])}
      submitLabel={t('programmes.save')}
    >
      <ProgrammeFields form={form.form} />
      <Stack gap={6} role="group" aria-labelledby="programme-categories">
        <Text fw={500} size="sm" id="programme-categories">
          {t('programmes.categories')}
        </Text>
        <Text size="xs" c="dimmed">
          {t('programmes.categoriesHint')}
        </Text>
        {rows.map((row, index) => (
          <Group key={index} gap="xs" wrap="nowrap">
            <TextInput
              style={{ flex: 1 }}
              aria-label={
                row.was
                  ? t('programmes.categoryCode', { label: categoryLabel(row.was) })
                  : t('programmes.newCategoryCode')
              }
              description={row.was ? categoryLabel(row.was) : undefined}
              spellCheck={false}
              {...form.form.getInputProps(`categories.${index}.code`)}
            />
            <ActionIcon
              variant="subtle"
              color="gray"
              aria-label={t('programmes.dropCategory', { code: row.code || '…' })}
              onClick={() => form.form.removeListItem('categories', index)}
            >
              ×
            </ActionIcon>
          </Group>
        ))}
        <Button
          variant="light"
          size="xs"
          w="fit-content"
          onClick={() => form.form.insertListItem('categories', { was: null, code: '' })}
        >
          {t('programmes.addCategory')}
        </Button>
      </Stack>
    </FormModal>
  );
}
