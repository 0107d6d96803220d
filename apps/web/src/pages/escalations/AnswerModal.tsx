import { Blockquote, Radio, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { decisionOutcomes, respondInputSchema } from '@leercyclus/domain';
import { FormModal } from '../../components/FormModal';
import { useCommandForm } from '../../components/useCommandForm';
import type { RouterOutputs } from '@leercyclus/api';
import { useTRPC } from '../../trpc/trpc';
import { useSourceLabel } from './useSourceLabel';
import { SafeTextarea } from '../../components/SafeText';
import { useEscalationWords } from '../../format/escalationWording';

interface AnswerModalProps {
  table: string;
  item: RouterOutputs['escalations']['inbox'][number];
  onClose: () => void;
}

/** The table's decision on one escalation; the API checks it (respondInputSchema) and the answer travels back. */
export function AnswerModal({ table, item, onClose }: AnswerModalProps) {
  const { t } = useTranslation();
  const words = useEscalationWords();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const sourceLabel = useSourceLabel();
  const form = useCommandForm({
    initialValues: { outcome: '', text: '' },
    schema: respondInputSchema,
    toInput: (values) => ({
      escalationId: item.id,
      outcome: values.outcome as (typeof decisionOutcomes)[number],
      text: values.text.trim(),
    }),
    onClose,
  });
  const inboxKey = trpc.escalations.inbox.queryKey({ table });

  const respond = useMutation(
    trpc.escalations.respond.mutationOptions({
      onSuccess: async (_answered, sent) => {
        notifications.show({
          color: 'teal',
          message: t('escalations.answered', {
            outcome: t(`escalations.outcomes.${sent.outcome}`),
            source: sourceLabel(item.source),
          }),
        });
        // The table has let go of the item by now; the read after this confirms it.
        queryClient.setQueryData(inboxKey, (items) => items?.filter((open) => open.id !== item.id));
        onClose();
        await Promise.all([
          queryClient.invalidateQueries(trpc.escalations.pathFilter()),
          queryClient.invalidateQueries(trpc.tables.list.pathFilter()),
          queryClient.invalidateQueries(trpc.cycles.get.pathFilter()),
        ]);
      },
      onError: form.onError,
    }),
  );

  return (
    <FormModal
      title={t('escalations.answerTitle')}
      size="lg"
      onClose={onClose}
      {...form.modal(respond, (input, requestId) => ({ table, requestId, ...input }))}
      submitLabel={t('escalations.send')}
    >
      <div>
        <Text size="sm" c="dimmed">
          {sourceLabel(item.source)}
        </Text>
        <Blockquote p="sm" mt={4} color="gray">
          {words(item).text}
        </Blockquote>
      </div>
      <Radio.Group label={t('escalations.outcome')} {...form.form.getInputProps('outcome')} required>
        <Stack gap="xs" mt="xs">
          {decisionOutcomes.map((value) => (
            <Radio
              key={value}
              value={value}
              label={t(`escalations.outcomes.${value}`)}
              description={t(`escalations.outcomeHints.${value}`)}
              data-autofocus={value === decisionOutcomes[0] ? true : undefined}
            />
          ))}
        </Stack>
      </Radio.Group>
      <SafeTextarea
        label={t('escalations.text')}
        description={t('escalations.textHint')}
        {...form.form.getInputProps('text')}
        autosize
        minRows={3}
        maxRows={10}
        required
      />
    </FormModal>
  );
}
