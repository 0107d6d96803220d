import { useState, type FormEvent } from 'react';
import { Blockquote, Button, Group, Modal, Radio, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { decisionOutcomes } from '@leercyclus/domain';
import { FormProblem } from '../../components/FormProblem';
import { useFormFailure } from '../../components/useFormFailure';
import type { InboxItem } from '../../trpc/outputs';
import { useTRPC } from '../../trpc/trpc';
import { useSourceLabel } from './useSourceLabel';

type Outcome = (typeof decisionOutcomes)[number];

const paths: ReadonlySet<string> = new Set(['outcome', 'text']);

interface AnswerModalProps {
  table: string;
  item: InboxItem;
  onClose: () => void;
}

/** The table's decision on one escalation; the API checks it (respondInputSchema) and the answer travels back. */
export function AnswerModal({ table, item, onClose }: AnswerModalProps) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const sourceLabel = useSourceLabel();
  const failure = useFormFailure(paths);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [text, setText] = useState('');
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
      onError: (error) => failure.fail(error),
    }),
  );

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (respond.isPending) return;
    const missing: Record<string, string> = {};
    if (outcome === null) missing.outcome = t('validation.chooseOption');
    if (!text.trim()) missing.text = t('validation.required');
    if (outcome === null || Object.keys(missing).length > 0) {
      failure.show(missing, t('form.checkFields'));
      return;
    }
    failure.reset();
    respond.mutate({ table, escalationId: item.id, outcome, text: text.trim() });
  }

  const { errors } = failure;
  return (
    <Modal opened onClose={onClose} title={t('escalations.answerTitle')} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <FormProblem problem={failure.problem} />
          <div>
            <Text size="sm" c="dimmed">
              {sourceLabel(item.source)}
            </Text>
            <Blockquote p="sm" mt={4} color="gray">
              {item.text}
            </Blockquote>
          </div>
          <Radio.Group
            label={t('escalations.outcome')}
            value={outcome}
            onChange={(value) => {
              setOutcome(value as Outcome);
              failure.clear('outcome');
            }}
            error={errors.outcome}
            required
          >
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
          <Textarea
            label={t('escalations.text')}
            description={t('escalations.textHint')}
            value={text}
            onChange={(event) => {
              setText(event.currentTarget.value);
              failure.clear('text');
            }}
            error={errors.text}
            autosize
            minRows={3}
            maxRows={10}
            required
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={respond.isPending}>
              {t('escalations.send')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
