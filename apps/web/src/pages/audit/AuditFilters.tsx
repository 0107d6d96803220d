import { useState } from 'react';
import { Button, Group, NativeSelect, SimpleGrid, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { auditOperations, type AuditOperation } from '@leercyclus/domain';
import { DateField } from '../../components/DateFields';
import { usePeople } from '../../format/people';
import { emptyAuditFilter, type AuditFilterForm } from './auditFilter';

/** The officer's search: by person (anyone, the inactive too), record, period and kind of action. */
export function AuditFilters({ onShow }: { onShow: (form: AuditFilterForm) => void }) {
  const { t } = useTranslation();
  const people = usePeople();
  const [form, setForm] = useState<AuditFilterForm>(emptyAuditFilter);
  const set = <K extends keyof AuditFilterForm>(key: K, value: AuditFilterForm[K]) =>
    setForm((current) => ({ ...current, [key]: value }));
  return (
    <form
      aria-label={t('audit.filters')}
      onSubmit={(event) => {
        event.preventDefault();
        onShow(form);
      }}
    >
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        <NativeSelect
          label={t('audit.person')}
          value={form.personId}
          onChange={(event) => set('personId', event.currentTarget.value)}
          data={[
            { value: '', label: t('audit.anyone') },
            ...people.map((person) => ({ value: person.id, label: person.name })),
          ]}
        />
        <TextInput
          label={t('audit.recordType')}
          description={t('audit.recordTypeHint')}
          value={form.recordType}
          onChange={(event) => set('recordType', event.currentTarget.value)}
        />
        <TextInput
          label={t('audit.recordId')}
          description={t('audit.recordIdHint')}
          value={form.recordId}
          onChange={(event) => set('recordId', event.currentTarget.value)}
        />
        <DateField
          label={t('audit.from')}
          value={form.from}
          onChange={(value) => set('from', value)}
          clearable
        />
        <DateField
          label={t('audit.until')}
          value={form.until}
          onChange={(value) => set('until', value)}
          clearable
        />
        <NativeSelect
          label={t('audit.operation')}
          value={form.operation}
          onChange={(event) => set('operation', event.currentTarget.value as AuditOperation | '')}
          data={[
            { value: '', label: t('audit.anyOperation') },
            ...auditOperations.map((operation) => ({
              value: operation,
              label: t(`audit.operations.${operation}`),
            })),
          ]}
        />
      </SimpleGrid>
      <Group mt="sm" gap="sm">
        <Button type="submit">{t('audit.show')}</Button>
        <Button
          variant="default"
          onClick={() => {
            setForm(emptyAuditFilter);
            onShow(emptyAuditFilter);
          }}
        >
          {t('audit.clear')}
        </Button>
      </Group>
    </form>
  );
}
