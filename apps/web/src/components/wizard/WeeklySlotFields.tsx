import type { ReactNode } from 'react';
import { NativeSelect, NumberInput } from '@mantine/core';
import { TimeInput } from '@mantine/dates';
import { useTranslation } from 'react-i18next';
import { weekdays, type Weekday } from '@leercyclus/domain';

/** A weekly slot as a form edits it (the duration as typed). */
export interface SlotRow {
  weekday: Weekday;
  startTime: string;
  durationMinutes: number | string;
}

interface WeeklySlotFieldsProps<Row extends SlotRow> {
  value: Row;
  /** The path of the slot in the launch input (`districts.0`, `meetings`); its fields' errors hang below it. */
  path: string;
  errors: Record<string, ReactNode>;
  onChange: (change: Partial<SlotRow>) => void;
  required?: boolean;
}

/** Weekday, start time and duration of a recurring meeting; laid out by the grid around them. */
export function WeeklySlotFields<Row extends SlotRow>({
  value,
  path,
  errors,
  onChange,
  required = false,
}: WeeklySlotFieldsProps<Row>) {
  const { t } = useTranslation();
  const weekdayData = weekdays.map((weekday) => ({ value: weekday, label: t(`weekday.${weekday}`) }));
  return (
    <>
      <NativeSelect
        label={t('launch.weekday')}
        data={weekdayData}
        value={value.weekday}
        onChange={(event) => onChange({ weekday: event.currentTarget.value as Weekday })}
        error={errors[`${path}.weekday`]}
        required={required}
      />
      <TimeInput
        label={t('launch.startTime')}
        value={value.startTime}
        onChange={(event) => onChange({ startTime: event.currentTarget.value })}
        error={errors[`${path}.startTime`]}
        required={required}
      />
      <NumberInput
        label={t('launch.duration')}
        value={value.durationMinutes}
        onChange={(next) => onChange({ durationMinutes: next })}
        error={errors[`${path}.durationMinutes`]}
        min={15}
        max={480}
        step={15}
        allowDecimal={false}
        allowNegative={false}
        required={required}
      />
    </>
  );
}
