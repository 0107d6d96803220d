import { SimpleGrid } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { RouterOutputs } from '@leercyclus/api';
import { joinGroupInputSchema } from '@leercyclus/domain';
import { FormModal } from '../../../components/FormModal';
import { useTRPC } from '../../../trpc/trpc';
import { MemberFields } from '../MemberFields';
import { memberInput } from '../memberInput';
import { useGroupCommandForm } from './useGroupCommandForm';

/** Adds a member to a running group (or takes back someone who left, recognised by account or name). */
export function JoinMemberModal({
  group,
  onClose,
}: {
  group: RouterOutputs['groups']['get'];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const form = useGroupCommandForm(group, {
    initialValues: {
      userId: '',
      displayName: '',
      organisation: '',
      role: 'practitioner',
    },
    schema: joinGroupInputSchema,
    toInput: memberInput,
    onClose,
  });

  const join = useMutation(
    trpc.groups.join.mutationOptions({
      onSuccess: () => form.succeeded(t('groups.joined')),
      onError: form.onError,
    }),
  );

  return (
    <FormModal
      title={t('groups.joinTitle', { slug: group.slug })}
      size="lg"
      onClose={onClose}
      {...form.modal(join)}
      submitLabel={t('groups.submitJoin')}
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <MemberFields
          value={form.form.values}
          path=""
          errors={form.form.errors}
          onChange={(change) => {
            form.form.setValues(change);
            // An account or a name identifies the member: either one answers what is said beside the name.
            form.form.clearFieldError('displayName');
            Object.keys(change).forEach((field) => form.form.clearFieldError(field));
          }}
        />
      </SimpleGrid>
    </FormModal>
  );
}
