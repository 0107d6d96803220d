import { MultiSelect, NativeSelect, NumberInput, SimpleGrid } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { SafeTextInput, SafeTextarea } from '../../components/SafeText';
import { useCaseOptions } from './caseLabels';

export interface CaseValues extends Record<string, unknown> {
  district: string;
  novelty: string;
  ageGroup: string;
  themes: string[];
  broughtInBy: { organisation: string; role: string };
  counterfactual: { care: string; amountEur: number | string };
  doneInstead: string[];
  notes: string;
}

export function emptyCase(district: string): CaseValues {
  return {
    district,
    novelty: 'new',
    ageGroup: '4-11',
    themes: [],
    broughtInBy: { organisation: '', role: '' },
    counterfactual: { care: 'youthMentalHealthCare', amountEur: '' },
    doneInstead: [],
    notes: '',
  };
}

/** The facts of a case as the form holds them, as `cases.register` and `cases.update` take them. */
export function caseFieldsInput(values: CaseValues) {
  const amount = values.counterfactual.amountEur;
  return {
    district: values.district,
    novelty: values.novelty,
    ageGroup: values.ageGroup,
    themes: values.themes,
    broughtInBy: {
      organisation: values.broughtInBy.organisation.trim(),
      role: values.broughtInBy.role.trim(),
    },
    counterfactual: {
      care: values.counterfactual.care,
      ...(amount === '' ? {} : { amountEur: Number(amount) }),
    },
    doneInstead: values.doneInstead,
    notes: values.notes.trim() || null,
  };
}

/**
 * The facts of a pseudonymised case: never a name or birth date, only codes and choices. The counterfactual —
 * what would have been deployed without the programme — is asked at the start of every case.
 */
export function CaseFields<Values extends CaseValues, Transformed>({
  form,
  districts,
}: {
  form: UseFormReturnType<Values, (values: Values) => Transformed>;
  districts: string[];
}) {
  const { t } = useTranslation();
  const options = useCaseOptions();
  return (
    <>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <NativeSelect
          label={t('cases.district')}
          data={districts}
          required
          {...form.getInputProps('district')}
        />
        <NativeSelect
          label={t('cases.ageGroup')}
          data={options.ageGroups}
          required
          {...form.getInputProps('ageGroup')}
        />
        <NativeSelect
          label={t('cases.noveltyLabel')}
          data={options.novelties}
          required
          {...form.getInputProps('novelty')}
        />
      </SimpleGrid>
      <MultiSelect
        searchable
        label={t('cases.themes')}
        data={options.themes}
        required
        {...form.getInputProps('themes')}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <SafeTextInput
          label={t('cases.broughtInByOrganisation')}
          required
          {...form.getInputProps('broughtInBy.organisation')}
        />
        <SafeTextInput
          label={t('cases.broughtInByRole')}
          description={t('cases.broughtInByRoleHint')}
          required
          {...form.getInputProps('broughtInBy.role')}
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <NativeSelect
          label={t('cases.counterfactual')}
          description={t('cases.counterfactualHint')}
          data={options.cares}
          required
          {...form.getInputProps('counterfactual.care')}
        />
        <NumberInput
          label={t('cases.amountEur')}
          description={t('cases.amountEurHint')}
          min={0}
          max={500_000}
          allowDecimal={false}
          {...form.getInputProps('counterfactual.amountEur')}
        />
      </SimpleGrid>
      <MultiSelect
        searchable
        label={t('cases.doneInsteadLabel')}
        data={options.doneInstead}
        {...form.getInputProps('doneInstead')}
      />
      <SafeTextarea
        label={t('cases.notes')}
        description={t('cases.notesHint')}
        {...form.getInputProps('notes')}
      />
    </>
  );
}
