import { Button, Group, Stack } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Person } from '@leercyclus/domain';
import { FormProblem } from '../../components/FormProblem';
import { useCommandForm } from '../../components/useCommandForm';
import { useTRPC } from '../../trpc/trpc';
import { PersonFields, personInput, personValues } from './PersonFields';
import { personFieldsSchema } from './personFormSchema';
import { usePeopleRefresh } from './usePeopleRefresh';

/** A person's name, e-mail address and organisation, changed in place. */
export function PersonDetailsForm({ person }: { person: Person }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const form = useCommandForm({
    initialValues: personValues(person),
    schema: personFieldsSchema,
    toInput: personInput,
    onClose: () => undefined,
    refresh: usePeopleRefresh(),
  });
  const update = useMutation(
    trpc.people.update.mutationOptions({
      onSuccess: (_result, input) => form.succeeded(t('people.saved', { name: input.name ?? person.name })),
      onError: form.onError,
    }),
  );
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (!update.isPending) form.submit((input) => update.mutate({ id: person.id, ...input }))();
      }}
    >
      <Stack gap="md">
        <FormProblem problem={form.problem} />
        <PersonFields form={form.form} />
        <Group>
          <Button type="submit" loading={update.isPending} disabled={!form.form.isDirty()}>
            {t('people.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
