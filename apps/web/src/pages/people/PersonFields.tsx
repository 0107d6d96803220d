import { SimpleGrid, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { SafeTextInput } from '../../components/SafeText';

export interface PersonValues extends Record<string, unknown> {
  name: string;
  email: string;
  organisation: string;
}

export function personValues(person?: PersonValues): PersonValues {
  return { name: person?.name ?? '', email: person?.email ?? '', organisation: person?.organisation ?? '' };
}

/** The input of a person from the fields: trimmed, the e-mail address in lower case as the record keeps it. */
export function personInput(values: PersonValues) {
  return {
    name: values.name.trim(),
    email: values.email.trim().toLowerCase(),
    organisation: values.organisation.trim(),
  };
}

/** Name, e-mail address and organisation of a person, each with its error beside it. */
export function PersonFields<Transformed>({
  form,
}: {
  form: UseFormReturnType<PersonValues, (values: PersonValues) => Transformed>;
}) {
  const { t } = useTranslation();
  return (
    <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
      <TextInput label={t('people.name')} {...form.getInputProps('name')} autoComplete="off" required />
      <TextInput
        label={t('people.email')}
        type="email"
        {...form.getInputProps('email')}
        autoComplete="off"
        spellCheck={false}
        required
      />
      <SafeTextInput
        label={t('people.organisation')}
        description={t('people.organisationHint')}
        {...form.getInputProps('organisation')}
        required
      />
    </SimpleGrid>
  );
}
