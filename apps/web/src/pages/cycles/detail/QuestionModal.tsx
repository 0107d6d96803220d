import { Alert, NativeSelect, SimpleGrid } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { RouterOutputs } from '@leercyclus/api';
import {
  addQuestionInputSchema,
  organisationalLevels,
  raisedInValues,
  updateQuestionInputSchema,
  type LearningQuestion,
} from '@leercyclus/domain';
import { FormModal } from '../../../components/FormModal';
import { PersonSelect } from '../../../components/PersonSelect';
import { filled } from '../../../components/useCommandForm';
import { formatShortDay, useLocale } from '../../../format/dates';
import { useCategoryLabel } from '../../../format/labels';
import { useTRPC } from '../../../trpc/trpc';
import { useCycleCommandForm } from './useCycleCommandForm';
import { SafeTextarea } from '../../../components/SafeText';

const userStatuses = ['open', 'exploring', 'answered'] as const;
const none = '';

type RaisedIn = (typeof raisedInValues)[number];
type UserStatus = (typeof userStatuses)[number];

interface QuestionModalProps {
  cycle: RouterOutputs['cycles']['get'];
  /** The question to edit; null to add one. */
  question: LearningQuestion | null;
  /** Opened to close the question with a reason: "answered" chosen, the lesson asked for. */
  closing?: boolean;
  onClose: () => void;
}

/** Adds a learning question, or edits one: a new wording keeps the earlier one in its history. */
export function QuestionModal({ cycle, question, closing = false, onClose }: QuestionModalProps) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const locale = useLocale();
  const categoryLabel = useCategoryLabel();
  // A question escalated or carried over gets a status a user sets only when they choose one.
  const initialStatus: UserStatus =
    question && (userStatuses as readonly string[]).includes(question.status)
      ? (question.status as UserStatus)
      : 'open';
  const initialValues = {
    text: question?.text ?? '',
    category: question?.category ?? cycle.questionCategories[0] ?? '',
    level: question?.level ?? 'practice',
    district: question?.district ?? none,
    raisedIn: 'learningSession' as RaisedIn,
    occurrenceId: none,
    responsible: question?.responsible ?? none,
    status: closing ? ('answered' as UserStatus) : initialStatus,
    lesson: question?.lesson ?? '',
  };
  type Values = typeof initialValues;

  /** What the edit changes; the API wants the lesson again while the question is (still) answered. */
  function changes(values: Values, edited: LearningQuestion) {
    const text = values.text.trim();
    const lesson = values.lesson.trim();
    const changed = {
      ...(text !== edited.text ? { text } : {}),
      ...(values.category !== edited.category ? { category: values.category } : {}),
      ...(values.level !== edited.level ? { level: values.level } : {}),
      ...((values.district || null) !== edited.district ? { district: values.district || null } : {}),
      ...((values.responsible || null) !== edited.responsible
        ? { responsible: values.responsible || null }
        : {}),
      ...(values.status !== initialStatus ? { status: values.status } : {}),
      ...(lesson && lesson !== (edited.lesson ?? '') ? { lesson } : {}),
    };
    return values.status === 'answered' && !('lesson' in changed)
      ? { ...changed, lesson: filled(lesson) }
      : changed;
  }

  const form = useCycleCommandForm(cycle, {
    initialValues,
    schema: question ? updateQuestionInputSchema : addQuestionInputSchema,
    toInput: (values) =>
      question
        ? { questionNumber: question.number, ...changes(values, question) }
        : {
            text: values.text.trim(),
            category: values.category,
            level: values.level,
            district: values.district || null,
            raisedIn: values.raisedIn,
            occurrenceId: values.occurrenceId || null,
            responsible: values.responsible || null,
          },
    onClose,
  });
  const { ref, requestId } = form;
  const { values } = form.form;

  const onSuccess = () => form.succeeded(question ? t('question.updated') : t('question.added'));
  const onError = form.onError;
  const add = useMutation(trpc.cycles.addQuestion.mutationOptions({ onSuccess, onError }));
  const update = useMutation(trpc.cycles.updateQuestion.mutationOptions({ onSuccess, onError }));
  const pending = add.isPending || update.isPending;

  const send = form.submit((input) => {
    if ('questionNumber' in input) update.mutate({ ...ref, requestId, ...input });
    else add.mutate({ ...ref, requestId, ...input });
  });
  function submit() {
    if (question && Object.keys(changes(values, question)).length === 0) {
      form.refuse(t('question.nothingChanged'));
      return;
    }
    send();
  }

  const occurrences = cycle.occurrences.filter((o) => o.status === 'held' || o.status === 'due');

  return (
    <FormModal
      title={question ? t('question.editTitle', { number: question.number }) : t('question.addTitle')}
      size="lg"
      onClose={onClose}
      onSubmit={submit}
      problem={form.problem}
      pending={pending}
      submitLabel={question ? t('question.save') : t('question.addSubmit')}
    >
      {question && question.reformulations.length === 0 && (
        <Alert color="gray" variant="light">
          {t('question.reformulateHint')}
        </Alert>
      )}
      <SafeTextarea
        label={question ? t('question.textEdit') : t('question.text')}
        description={t('question.textHint')}
        {...form.form.getInputProps('text')}
        autosize
        minRows={2}
        maxRows={8}
        required
        data-autofocus
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <NativeSelect
          label={t('question.category')}
          {...form.form.getInputProps('category')}
          data={[...new Set([...cycle.questionCategories, values.category])].map((value) => ({
            value,
            label: categoryLabel(value),
          }))}
          required
        />
        <NativeSelect
          label={t('question.level')}
          {...form.form.getInputProps('level')}
          data={organisationalLevels.map((value) => ({ value, label: t(`level.${value}`) }))}
          required
        />
        <NativeSelect
          label={t('question.district')}
          {...form.form.getInputProps('district')}
          data={[
            { value: none, label: t('calendar.wholeProgramme') },
            ...cycle.districts.map((d) => ({ value: d.name, label: d.name })),
          ]}
        />
        <PersonSelect
          label={t('question.responsible')}
          {...form.form.getInputProps('responsible')}
          value={values.responsible}
          none={t('question.nobody')}
        />
        {!question && (
          <>
            <NativeSelect
              label={t('question.raisedIn')}
              {...form.form.getInputProps('raisedIn')}
              data={raisedInValues.map((value) => ({ value, label: t(`raisedIn.${value}`) }))}
              required
            />
            <NativeSelect
              label={t('question.occurrence')}
              {...form.form.getInputProps('occurrenceId')}
              data={[
                { value: none, label: t('question.noOccurrence') },
                ...occurrences.map((o) => ({
                  value: o.id,
                  label: `${formatShortDay(o.startsAt, cycle.timeZone, locale)} · ${t(`occurrenceKind.${o.kind}`)}${o.district ? ` ${o.district}` : ''}`,
                })),
              ]}
            />
          </>
        )}
        {question && (
          <NativeSelect
            label={t('question.status')}
            {...form.form.getInputProps('status')}
            data={userStatuses.map((value) => ({ value, label: t(`questionStatus.${value}`) }))}
          />
        )}
      </SimpleGrid>
      {question && (
        <SafeTextarea
          label={t('question.lesson')}
          description={t('question.lessonHint')}
          {...form.form.getInputProps('lesson')}
          autosize
          minRows={2}
          maxRows={8}
          required={values.status === 'answered'}
        />
      )}
    </FormModal>
  );
}
