import { Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { programmeCreateInputSchema } from '@leercyclus/domain';
import { FormModal } from '../../components/FormModal';
import { filled, useCommandForm } from '../../components/useCommandForm';
import { useSignedIn } from '../../session/Session';
import { useTRPC } from '../../trpc/trpc';
import { programmePath } from '../paths';
import { programmeCodeOf } from './programmeCode';
import { ProgrammeFields, type ProgrammeValues } from './ProgrammeFields';

/** Sets up a programme: its name (its code follows from it), project leader, districts and management table. */
export function AddProgrammeModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const signedIn = useSignedIn();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const form = useCommandForm({
    initialValues: {
      name: '',
      projectLeader: signedIn.person.id,
      districts: [],
      managementTable: '',
    },
    schema: programmeCreateInputSchema,
    toInput: (values: ProgrammeValues) => ({
      id: programmeCodeOf(values.name),
      name: values.name.trim(),
      projectLeader: filled(values.projectLeader),
      districts: values.districts.map((name) => name.trim()).filter(Boolean),
      managementTable: filled(values.managementTable),
    }),
    onClose,
    refresh: () => queryClient.invalidateQueries(trpc.programmes.pathFilter()),
  });
  const create = useMutation(
    trpc.programmes.create.mutationOptions({
      onSuccess: async (programme) => {
        // The new project leader's role shows in their session from the next read.
        await queryClient.invalidateQueries(trpc.session.pathFilter());
        await form.succeeded(t('programmes.added', { name: programme.name }));
        await navigate(programmePath(programme.id));
      },
      onError: form.onError,
    }),
  );
  const code = programmeCodeOf(form.form.getValues().name);
  return (
    <FormModal
      title={t('programmes.add')}
      size="lg"
      onClose={onClose}
      {...form.modal(create, (input) => input as Parameters<typeof create.mutate>[0])}
      submitLabel={t('programmes.addSubmit')}
    >
      <ProgrammeFields form={form.form} />
      {code && (
        <Text size="sm" c="dimmed">
          {t('programmes.codeFollows', { code })}
        </Text>
      )}
    </FormModal>
  );
}
