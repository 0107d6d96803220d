import { DatePickerInput, type DatePickerInputProps } from '@mantine/dates';
import { useTranslation } from 'react-i18next';

type SingleProps = Omit<
  DatePickerInputProps,
  'type' | 'value' | 'onChange' | 'ariaLabels' | 'valueFormat'
> & {
  value: string | null;
  onChange: (value: string | null) => void;
};

type MultipleProps = Omit<
  DatePickerInputProps<'multiple'>,
  'type' | 'value' | 'onChange' | 'ariaLabels' | 'valueFormat'
> & {
  value: string[];
  onChange: (value: string[]) => void;
};

function useCalendarLabels() {
  const { t } = useTranslation();
  return {
    ariaLabels: {
      previousMonth: t('dates.previousMonth'),
      nextMonth: t('dates.nextMonth'),
      previousYear: t('dates.previousYear'),
      nextYear: t('dates.nextYear'),
      previousDecade: t('dates.previousDecade'),
      nextDecade: t('dates.nextDecade'),
      monthLevelControl: t('dates.chooseMonth'),
      yearLevelControl: t('dates.chooseYear'),
    },
    valueFormat: 'D MMMM YYYY',
    placeholder: t('dates.pick'),
  };
}

/** One calendar date (`YYYY-MM-DD`), picked from a calendar in the chosen language, weeks from Monday. */
export function DateField({ value, onChange, ...props }: SingleProps) {
  const labels = useCalendarLabels();
  return (
    <DatePickerInput
      {...labels}
      {...props}
      value={value}
      onChange={(next) => onChange(next ? String(next) : null)}
    />
  );
}

/** Several calendar dates, e.g. the school holidays on which no session is held. */
export function DatesField({ value, onChange, ...props }: MultipleProps) {
  const labels = useCalendarLabels();
  return (
    <DatePickerInput
      type="multiple"
      {...labels}
      {...props}
      value={value}
      onChange={(next) => onChange(next.map(String).sort())}
    />
  );
}
