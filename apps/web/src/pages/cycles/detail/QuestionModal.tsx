import { useState } from 'react';
import { Alert, NativeSelect, SimpleGrid, Textarea } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { RouterOutputs } from '@leercyclus/api';
import { organisationalLevels, raisedInValues, type LearningQuestion } from '@leercyclus/domain';
import { FormModal } from '../../../components/FormModal';
import { formatShortDay, useLocale } from '../../../format/dates';
import { useCategoryLabel } from '../../../format/labels';
import { useCurrentUser } from '../../../session/CurrentUser';
import { useTRPC } from '../../../trpc/trpc';
import { useCycleCommandForm } from './useCycleCommandForm';

const userStatuses = ['open', 'exploring', 'answered'] as const;
const paths: ReadonlySet<string> = new Set([
  'text',
  'category',
  'level',
  'district',
  'raisedIn',
  'occurrenceId',
  'responsible',
  'status',
  'lesson',
]);
const none = '';

type Level = (typeof organisationalLevels)[number];
type RaisedIn = (typeof raisedInValues)[number];
type UserStatus = (typeof userStatuses)[number];

interface QuestionModalProps {
  cycle: RouterOutputs['cycles']['get'];
  /** The question to edit; null to add one. */
  question: LearningQuestion | null;
  onClose: () => void;
}

/** Adds a learning question, or edits one: a new wording keeps the earlier one in its history. */
export function QuestionModal({ cycle, question, onClose }: QuestionModalProps) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const locale = useLocale();
  const { users } = useCurrentUser();
  const categoryLabel = useCategoryLabel();
  const form = useCycleCommandForm(cycle, paths, onClose);
  const { ref, requestId, failure } = form;
  const [text, setText] = useState(question?.text ?? '');
  const [category, setCategory] = useState(question?.category ?? cycle.questionCategories[0] ?? '');
  const [level, setLevel] = useState<Level>(question?.level ?? 'practice');
  const [district, setDistrict] = useState(question?.district ?? none);
  const [raisedIn, setRaisedIn] = useState<RaisedIn>('learningSession');
  const [occurrenceId, setOccurrenceId] = useState(none);
  const [responsible, setResponsible] = useState(question?.responsible ?? none);
  // A question escalated or carried over gets a status a user sets only when they choose one.
  const initialStatus: UserStatus =
    question && (userStatuses as readonly string[]).includes(question.status)
      ? (question.status as UserStatus)
      : 'open';
  const [status, setStatus] = useState<UserStatus>(initialStatus);
  const [lesson, setLesson] = useState(question?.lesson ?? '');

  const onSuccess = () => form.succeeded(question ? t('question.updated') : t('question.added'));
  const onError = form.onError;
  const add = useMutation(trpc.cycles.addQuestion.mutationOptions({ onSuccess, onError }));
  const update = useMutation(trpc.cycles.updateQuestion.mutationOptions({ onSuccess, onError }));
  const pending = add.isPending || update.isPending;

  function submit() {
    const missing: Record<string, string> = {};
    if (!text.trim()) missing.text = t('validation.required');
    if (status === 'answered' && !lesson.trim()) missing.lesson = t('validation.lessonNeeded');
    if (!form.accepts(missing)) return;
    if (!question) {
      add.mutate({
        ...ref,
        requestId,
        text: text.trim(),
        category,
        level,
        district: district || null,
        raisedIn,
        occurrenceId: occurrenceId || null,
        responsible: responsible || null,
      });
      return;
    }
    const changes = {
      ...(text.trim() !== question.text ? { text: text.trim() } : {}),
      ...(category !== question.category ? { category } : {}),
      ...(level !== question.level ? { level } : {}),
      ...((district || null) !== question.district ? { district: district || null } : {}),
      ...((responsible || null) !== question.responsible ? { responsible: responsible || null } : {}),
      ...(status !== initialStatus ? { status } : {}),
      ...(lesson.trim() && lesson.trim() !== (question.lesson ?? '') ? { lesson: lesson.trim() } : {}),
    };
    if (Object.keys(changes).length === 0) {
      failure.show({}, t('question.nothingChanged'));
      return;
    }
    // The API wants the lesson again when the question is (still) answered.
    const withLesson =
      status === 'answered' && !('lesson' in changes) ? { ...changes, lesson: lesson.trim() } : changes;
    update.mutate({ ...ref, requestId, questionNumber: question.number, ...withLesson });
  }

  const occurrences = cycle.occurrences.filter((o) => o.status === 'held' || o.status === 'due');
  const { errors } = failure;

  return (
    <FormModal
      title={question ? t('question.editTitle', { number: question.number }) : t('question.addTitle')}
      size="lg"
      onClose={onClose}
      onSubmit={submit}
      problem={failure.problem}
      pending={pending}
      submitLabel={question ? t('question.save') : t('question.addSubmit')}
    >
      {question && question.reformulations.length === 0 && (
        <Alert color="gray" variant="light">
          {t('question.reformulateHint')}
        </Alert>
      )}
      <Textarea
        label={question ? t('question.textEdit') : t('question.text')}
        description={t('question.textHint')}
        {...form.textField('text', text, setText)}
        autosize
        minRows={2}
        maxRows={8}
        required
        data-autofocus
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <NativeSelect
          label={t('question.category')}
          {...form.textField('category', category, setCategory)}
          data={[...new Set([...cycle.questionCategories, category])].map((value) => ({
            value,
            label: categoryLabel(value),
          }))}
          required
        />
        <NativeSelect
          label={t('question.level')}
          value={level}
          onChange={(event) => {
            setLevel(event.currentTarget.value as Level);
            failure.clear('level');
          }}
          data={organisationalLevels.map((value) => ({ value, label: t(`level.${value}`) }))}
          error={errors.level}
          required
        />
        <NativeSelect
          label={t('question.district')}
          {...form.textField('district', district, setDistrict)}
          data={[
            { value: none, label: t('calendar.wholeProgramme') },
            ...cycle.districts.map((d) => ({ value: d.name, label: d.name })),
          ]}
        />
        <NativeSelect
          label={t('question.responsible')}
          {...form.textField('responsible', responsible, setResponsible)}
          data={[
            { value: none, label: t('question.nobody') },
            ...users.map((user) => ({ value: user.id, label: user.name })),
            ...(responsible && !users.some((user) => user.id === responsible)
              ? [{ value: responsible, label: responsible }]
              : []),
          ]}
        />
        {!question && (
          <>
            <NativeSelect
              label={t('question.raisedIn')}
              value={raisedIn}
              onChange={(event) => setRaisedIn(event.currentTarget.value as RaisedIn)}
              data={raisedInValues.map((value) => ({ value, label: t(`raisedIn.${value}`) }))}
              error={errors.raisedIn}
              required
            />
            <NativeSelect
              label={t('question.occurrence')}
              {...form.textField('occurrenceId', occurrenceId, setOccurrenceId)}
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
            value={status}
            onChange={(event) => {
              setStatus(event.currentTarget.value as UserStatus);
              failure.clear('status', 'lesson');
            }}
            data={userStatuses.map((value) => ({ value, label: t(`questionStatus.${value}`) }))}
            error={errors.status}
          />
        )}
      </SimpleGrid>
      {question && (
        <Textarea
          label={t('question.lesson')}
          description={t('question.lessonHint')}
          {...form.textField('lesson', lesson, setLesson)}
          autosize
          minRows={2}
          maxRows={8}
          required={status === 'answered'}
        />
      )}
    </FormModal>
  );
}
