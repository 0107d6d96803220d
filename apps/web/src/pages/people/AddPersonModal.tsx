import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../components/FormModal';
import { useCommandForm } from '../../components/useCommandForm';
import { useTRPC } from '../../trpc/trpc';
import { personPath } from '../paths';
import { PersonFields, personInput, personValues } from './PersonFields';
import { personFieldsSchema } from './personFormSchema';

/** Adds a person; their page follows, where the administrator grants their roles and sets a password. */
export function AddPersonModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const form = useCommandForm({
    initialValues: personValues(),
    schema: personFieldsSchema,
    toInput: personInput,
    onClose,
    refresh: () => queryClient.invalidateQueries(trpc.people.pathFilter()),
  });
  const create = useMutation(
    trpc.people.create.mutationOptions({
      onSuccess: async (person) => {
        await form.succeeded(t('people.added', { name: person.name }));
        await navigate(personPath(person.id));
      },
      onError: form.onError,
    }),
  );
  return (
    <FormModal
      title={t('people.add')}
      size="xl"
      onClose={onClose}
      {...form.modal(create, (input) => input)}
      submitLabel={t('people.addSubmit')}
    >
      <PersonFields form={form.form} />
    </FormModal>
  );
}
