import { useState, type FormEvent } from 'react';
import { Button, Group, Modal, SimpleGrid, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { GroupState } from '@leercyclus/domain';
import { FormProblem } from '../../components/FormProblem';
import { useFormFailure } from '../../components/useFormFailure';
import { useRequestId } from '../../trpc/useRequestId';
import { useTRPC } from '../../trpc/trpc';
import { MemberFields } from './MemberFields';
import { memberInput, type MemberFieldValues } from './memberInput';

const paths: ReadonlySet<string> = new Set(['userId', 'displayName', 'organisation', 'role', 'joinedOn']);

/** Adds a member to a running group (or takes back someone who left, recognised by account or name). */
export function JoinMemberModal({ group, onClose }: { group: GroupState; onClose: () => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [requestId, renewAfter] = useRequestId();
  const failure = useFormFailure(paths);
  const [member, setMember] = useState<MemberFieldValues>({
    userId: '',
    displayName: '',
    organisation: '',
    role: 'practitioner',
  });

  const join = useMutation(
    trpc.groups.join.mutationOptions({
      onSuccess: async () => {
        notifications.show({ color: 'teal', message: t('groups.joined') });
        await queryClient.invalidateQueries(trpc.groups.pathFilter());
        onClose();
      },
      onError: (error) => {
        renewAfter(error);
        failure.fail(error);
      },
    }),
  );

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (join.isPending) return;
    failure.reset();
    join.mutate({ slug: group.slug, requestId, ...memberInput(member) });
  }

  return (
    <Modal opened onClose={onClose} title={t('groups.joinTitle', { slug: group.slug })} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <FormProblem problem={failure.problem} />
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
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={join.isPending}>
              {t('groups.submitJoin')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
