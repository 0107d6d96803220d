import { useState } from 'react';
import { Textarea } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { RouterOutputs } from '@leercyclus/api';
import type { GroupMember } from '@leercyclus/domain';
import { FormModal } from '../../../components/FormModal';
import { useTRPC } from '../../../trpc/trpc';
import { useGroupCommandForm } from './useGroupCommandForm';

const paths: ReadonlySet<string> = new Set(['memberId', 'leftOn', 'reason']);

interface LeaveMemberModalProps {
  group: RouterOutputs['groups']['get'];
  member: GroupMember;
  /** How the page names the member. */
  name: string;
  onClose: () => void;
}

/** A member leaves the group today; the iterations they took part in stay theirs. */
export function LeaveMemberModal({ group, member, name, onClose }: LeaveMemberModalProps) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const form = useGroupCommandForm(paths, onClose);
  const { requestId, failure } = form;
  const [reason, setReason] = useState('');

  const leave = useMutation(
    trpc.groups.leave.mutationOptions({
      onSuccess: () => form.succeeded(t('groups.left', { name })),
      onError: form.onError,
    }),
  );

  function submit() {
    failure.reset();
    leave.mutate({ slug: group.slug, requestId, memberId: member.id, reason: reason.trim() });
  }

  return (
    <FormModal
      title={t('groups.leaveTitle', { name })}
      onClose={onClose}
      onSubmit={submit}
      problem={failure.problem}
      pending={leave.isPending}
      submitLabel={t('groups.submitLeave')}
      submitColor="red"
    >
      <Textarea
        label={t('groups.leaveReason')}
        description={t('groups.leaveReasonHint')}
        {...form.textField('reason', reason, setReason)}
        autosize
        minRows={2}
        data-autofocus
      />
    </FormModal>
  );
}
