import { useState } from 'react';
import { SimpleGrid } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { RouterOutputs } from '@leercyclus/api';
import { FormModal } from '../../../components/FormModal';
import { useTRPC } from '../../../trpc/trpc';
import { MemberFields } from '../MemberFields';
import { memberInput, type MemberFieldValues } from '../memberInput';
import { useGroupCommandForm } from './useGroupCommandForm';

const paths: ReadonlySet<string> = new Set(['userId', 'displayName', 'organisation', 'role', 'joinedOn']);

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
  const form = useGroupCommandForm(paths, onClose);
  const { requestId, failure } = form;
  const [member, setMember] = useState<MemberFieldValues>({
    userId: '',
    displayName: '',
    organisation: '',
    role: 'practitioner',
  });

  const join = useMutation(
    trpc.groups.join.mutationOptions({
      onSuccess: () => form.succeeded(t('groups.joined')),
      onError: form.onError,
    }),
  );

  function submit() {
    failure.reset();
    join.mutate({ slug: group.slug, requestId, ...memberInput(member) });
  }

  return (
    <FormModal
      title={t('groups.joinTitle', { slug: group.slug })}
      size="lg"
      onClose={onClose}
      onSubmit={submit}
      problem={failure.problem}
      pending={join.isPending}
      submitLabel={t('groups.submitJoin')}
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <MemberFields
          value={member}
          path=""
          errors={failure.errors}
          onChange={(change) => {
            setMember((current) => ({ ...current, ...change }));
            failure.clear(...Object.keys(change), 'displayName');
          }}
        />
      </SimpleGrid>
    </FormModal>
  );
}
