import { useState } from 'react';
import { Checkbox, NativeSelect, Stack, Textarea } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { RouterOutputs } from '@leercyclus/api';
import type { GroupStep } from '@leercyclus/domain';
import { FormModal } from '../../../components/FormModal';
import { formatDayOf, useLocale } from '../../../format/dates';
import { useTRPC } from '../../../trpc/trpc';
import { useMemberNames } from './memberNames';
import { useGroupCommandForm } from './useGroupCommandForm';

const paths: ReadonlySet<string> = new Set([
  'conclusion',
  'meetingId',
  'question',
  'goal',
  'action',
  'takenBy',
  'changed',
]);

interface AdvanceStepModalProps {
  group: RouterOutputs['groups']['get'];
  step: GroupStep;
  onClose: () => void;
}

/** The facilitator records the conclusion of the group's next step, with what that step is about. */
export function AdvanceStepModal({ group, step, onClose }: AdvanceStepModalProps) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const locale = useLocale();
  const names = useMemberNames()(group);
  const form = useGroupCommandForm(paths, onClose);
  const { requestId, failure } = form;
  const [fields, setFields] = useState({ conclusion: '', meetingId: '', text: '' });
  const [takenBy, setTakenBy] = useState<string[]>([]);
  const stepName = t(`groups.step.${step}`);
  // Meetings that have begun are the ones a step can have been concluded at.
  const meetings = group.meetings.filter((meeting) => meeting.status === 'due' || meeting.status === 'held');
  const textField = { formulate: 'question', setGoal: 'goal', act: 'action', evaluate: 'changed' } as const;
  const extra = step in textField ? textField[step as keyof typeof textField] : null;

  const advance = useMutation(
    trpc.groups.advance.mutationOptions({
      onSuccess: () => form.succeeded(t('groups.advanced', { step: stepName })),
      onError: form.onError,
    }),
  );

  function change(field: keyof typeof fields, value: string) {
    setFields((current) => ({ ...current, [field]: value }));
    failure.clear(field === 'text' && extra ? extra : field);
  }

  function submit() {
    failure.reset();
    const base = {
      slug: group.slug,
      requestId,
      conclusion: fields.conclusion.trim(),
      ...(fields.meetingId ? { meetingId: fields.meetingId } : {}),
    };
    const text = fields.text.trim();
    switch (step) {
      case 'formulate':
        advance.mutate({ ...base, step, ...(text ? { question: text } : {}) });
        return;
      case 'setGoal':
        advance.mutate({ ...base, step, goal: text });
        return;
      case 'act':
        advance.mutate({ ...base, step, action: text, takenBy });
        return;
      case 'evaluate':
        advance.mutate({ ...base, step, changed: text });
        return;
      default:
        advance.mutate({ ...base, step });
    }
  }

  const { errors } = failure;
  const extraLabel = {
    question: t('groups.newQuestion'),
    goal: t('groups.goalField'),
    action: t('groups.actionField'),
    changed: t('groups.changedField'),
  };

  return (
    <FormModal
      title={t('groups.advanceTitle', { step: stepName, number: group.currentIteration })}
      size="lg"
      onClose={onClose}
      onSubmit={submit}
      problem={failure.problem}
      pending={advance.isPending}
      submitLabel={t('groups.submitAdvance')}
    >
      <Textarea
        label={t('groups.conclusion')}
        description={t('groups.conclusionHint')}
        value={fields.conclusion}
        onChange={(event) => change('conclusion', event.currentTarget.value)}
        error={errors.conclusion}
        autosize
        minRows={3}
        required
        data-autofocus
      />
      {extra && (
        <Textarea
          label={extraLabel[extra]}
          value={fields.text}
          onChange={(event) => change('text', event.currentTarget.value)}
          error={errors[extra]}
          autosize
          minRows={2}
          required={extra !== 'question'}
        />
      )}
      {step === 'act' && (
        <Checkbox.Group
          label={t('groups.takenByField')}
          {...form.valueField('takenBy', takenBy, setTakenBy)}
          required
        >
          <Stack gap={4} mt={4}>
            {group.members
              .filter((member) => member.active)
              .map((member) => (
                <Checkbox key={member.id} value={member.id} label={names.get(member.id)} />
              ))}
          </Stack>
        </Checkbox.Group>
      )}
      <NativeSelect
        label={t('groups.meeting')}
        data={[
          { value: '', label: t('groups.noMeeting') },
          ...meetings.map((meeting) => ({
            value: meeting.id,
            label: formatDayOf(meeting.startsAt, group.timeZone, locale),
          })),
        ]}
        value={fields.meetingId}
        onChange={(event) => change('meetingId', event.currentTarget.value)}
        error={errors.meetingId}
      />
    </FormModal>
  );
}
