import { Checkbox, NativeSelect, Stack } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { RouterOutputs } from '@leercyclus/api';
import { advanceGroupInputSchema, type AdvanceGroupInput, type GroupStep } from '@leercyclus/domain';
import { FormModal } from '../../../components/FormModal';
import { filled } from '../../../components/useCommandForm';
import { formatDayOf, useLocale } from '../../../format/dates';
import { useTRPC } from '../../../trpc/trpc';
import { useMemberNames } from './memberNames';
import { useGroupCommandForm } from './useGroupCommandForm';
import { SafeTextarea } from '../../../components/SafeText';

/** The field some steps carry besides their conclusion: what the step is about. */
const textField = { formulate: 'question', setGoal: 'goal', act: 'action', evaluate: 'changed' } as const;

type AdvanceValues = {
  conclusion: string;
  meetingId: string;
  question: string;
  goal: string;
  action: string;
  changed: string;
  takenBy: string[];
};

/** The step's input: its conclusion, and what that kind of step carries. */
function advanceInput(step: GroupStep, values: AdvanceValues): AdvanceGroupInput {
  const base = { conclusion: values.conclusion.trim(), meetingId: filled(values.meetingId) };
  switch (step) {
    case 'formulate':
      return { ...base, step, question: filled(values.question) };
    case 'setGoal':
      return { ...base, step, goal: values.goal.trim() };
    case 'act':
      return { ...base, step, action: values.action.trim(), takenBy: values.takenBy };
    case 'evaluate':
      return { ...base, step, changed: values.changed.trim() };
    default:
      return { ...base, step };
  }
}

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
  const form = useGroupCommandForm(group, {
    initialValues: {
      conclusion: '',
      meetingId: '',
      question: '',
      goal: '',
      action: '',
      changed: '',
      takenBy: [],
    },
    schema: advanceGroupInputSchema,
    toInput: (values) => advanceInput(step, values),
    onClose,
  });
  const stepName = t(`groups.step.${step}`);
  // Meetings that have begun are the ones a step can have been concluded at.
  const meetings = group.meetings.filter((meeting) => meeting.status === 'due' || meeting.status === 'held');
  const extra = step in textField ? textField[step as keyof typeof textField] : null;

  const advance = useMutation(
    trpc.groups.advance.mutationOptions({
      onSuccess: () => form.succeeded(t('groups.advanced', { step: stepName })),
      onError: form.onError,
    }),
  );

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
      {...form.modal(advance)}
      submitLabel={t('groups.submitAdvance')}
    >
      <SafeTextarea
        label={t('groups.conclusion')}
        description={t('groups.conclusionHint')}
        {...form.form.getInputProps('conclusion')}
        autosize
        minRows={3}
        required
        data-autofocus
      />
      {extra && (
        <SafeTextarea
          label={extraLabel[extra]}
          {...form.form.getInputProps(extra)}
          autosize
          minRows={2}
          required={extra !== 'question'}
        />
      )}
      {step === 'act' && (
        <Checkbox.Group label={t('groups.takenByField')} {...form.form.getInputProps('takenBy')} required>
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
        {...form.form.getInputProps('meetingId')}
      />
    </FormModal>
  );
}
