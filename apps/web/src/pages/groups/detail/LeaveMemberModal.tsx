import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { RouterOutputs } from '@leercyclus/api';
import { leaveGroupInputSchema, type GroupMember } from '@leercyclus/domain';
import { FormModal } from '../../../components/FormModal';
import { useTRPC } from '../../../trpc/trpc';
import { useGroupCommandForm } from './useGroupCommandForm';
import { SafeTextarea } from '../../../components/SafeText';

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
  const form = useGroupCommandForm(group, {
    initialValues: { reason: '' },
    schema: leaveGroupInputSchema,
    toInput: (values) => ({ memberId: member.id, reason: values.reason.trim() }),
    onClose,
  });

  const leave = useMutation(
    trpc.groups.leave.mutationOptions({
      onSuccess: () => form.succeeded(t('groups.left', { name })),
      onError: form.onError,
    }),
  );

  return (
    <FormModal
      title={t('groups.leaveTitle', { name })}
      onClose={onClose}
      {...form.modal(leave)}
      submitLabel={t('groups.submitLeave')}
      submitColor="red"
    >
      <SafeTextarea
        label={t('groups.leaveReason')}
        description={t('groups.leaveReasonHint')}
        {...form.form.getInputProps('reason')}
        autosize
        minRows={2}
        data-autofocus
      />
    </FormModal>
  );
}
