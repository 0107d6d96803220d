import { useMemo } from 'react';
import { Select, SimpleGrid, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { defaultTimeZone } from '@leercyclus/domain';
import { addDaysTo } from '../../format/weeks';
import { DateField, DatesField } from '../DateFields';
import type { WizardStepProps } from './useWizard';

/** The part of a launch form that says when a process runs. */
export interface Period {
  startsOn: string | null;
  endsOn: string | null;
  timeZone: string;
}

function timeZones(): string[] {
  const zones = Intl.supportedValuesOf('timeZone');
  return zones.includes(defaultTimeZone) ? zones : [defaultTimeZone, ...zones];
}

interface PeriodFieldsProps<Form extends Period> extends WizardStepProps<Form> {
  endsOnLabel: string;
  endsOnHint?: string;
  /** A cycle's end is optional (three months by default); a group's is not. */
  endRequired: boolean;
}

/** Start date, end date and the time zone the meeting times hold in. */
export function PeriodFields<Form extends Period>({
  form,
  errors,
  update,
  endsOnLabel,
  endsOnHint,
  endRequired,
}: PeriodFieldsProps<Form>) {
  const { t } = useTranslation();
  const zones = useMemo(() => timeZones(), []);
  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <DateField
          label={t('launch.startsOn')}
          value={form.startsOn}
          onChange={(value) => update((current) => ({ ...current, startsOn: value }), 'startsOn')}
          error={errors.startsOn}
          required
        />
        <DateField
          label={endsOnLabel}
          description={endsOnHint}
          value={form.endsOn}
          onChange={(value) => update((current) => ({ ...current, endsOn: value }), 'endsOn')}
          error={errors.endsOn}
          minDate={form.startsOn ? addDaysTo(form.startsOn, 1) : undefined}
          defaultDate={form.startsOn ?? undefined}
          clearable={!endRequired}
          required={endRequired}
        />
      </SimpleGrid>
      <Select
        label={t('launch.timeZone')}
        description={t('launch.timeZoneHint')}
        data={zones}
        value={form.timeZone}
        onChange={(value) =>
          update((current) => ({ ...current, timeZone: value ?? defaultTimeZone }), 'timeZone')
        }
        error={errors.timeZone}
        searchable
        allowDeselect={false}
        nothingFoundMessage={t('launch.timeZoneNotFound')}
        maw={{ sm: '50%' }}
      />
    </Stack>
  );
}

/** The days without meetings (school holidays), picked within the period. */
export function BlackoutDatesField<Form extends Period & { blackoutDates: string[] }>({
  form,
  errors,
  update,
  description,
}: WizardStepProps<Form> & { description: string }) {
  const { t } = useTranslation();
  return (
    <DatesField
      label={t('launch.blackoutDates')}
      description={description}
      value={form.blackoutDates}
      onChange={(value) => update((current) => ({ ...current, blackoutDates: value }), 'blackoutDates')}
      error={errors.blackoutDates}
      minDate={form.startsOn ?? undefined}
      maxDate={form.endsOn ?? undefined}
      defaultDate={form.startsOn ?? undefined}
      clearable
    />
  );
}
