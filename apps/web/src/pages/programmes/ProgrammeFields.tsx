import { Autocomplete, TagsInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { PersonSelect } from '../../components/PersonSelect';
import { SafeTextInput } from '../../components/SafeText';
import { useTRPC } from '../../trpc/trpc';

export interface ProgrammeValues extends Record<string, unknown> {
  name: string;
  projectLeader: string;
  districts: string[];
  managementTable: string;
}

/** The fields a programme is created and edited with; the categories have their own list. */
export function ProgrammeFields<Values extends ProgrammeValues, Transformed>({
  form,
}: {
  form: UseFormReturnType<Values, (values: Values) => Transformed>;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const tables = useQuery(trpc.tables.list.queryOptions());
  return (
    <>
      <SafeTextInput label={t('programmes.name')} required {...form.getInputProps('name')} />
      <PersonSelect
        label={t('programmes.projectLeader')}
        none={t('programmes.choosePerson')}
        required
        {...form.getInputProps('projectLeader')}
        value={form.getValues().projectLeader}
      />
      <TagsInput
        label={t('programmes.districts')}
        description={t('programmes.districtsHint')}
        required
        {...form.getInputProps('districts')}
      />
      <Autocomplete
        label={t('programmes.managementTable')}
        description={t('programmes.managementTableHint')}
        data={(tables.data ?? []).map((table) => table.slug)}
        autoComplete="off"
        spellCheck={false}
        required
        {...form.getInputProps('managementTable')}
      />
    </>
  );
}
