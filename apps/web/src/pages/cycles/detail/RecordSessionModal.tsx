import { useState } from 'react';
import {
  Checkbox,
  Fieldset,
  Group,
  NumberInput,
  ScrollArea,
  SimpleGrid,
  Stack,
  TagsInput,
  Text,
  Textarea,
} from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { RouterOutputs } from '@leercyclus/api';
import type { Occurrence } from '@leercyclus/domain';
import { FormModal } from '../../../components/FormModal';
import { countOf } from '../../../components/useFormFailure';
import { formatDayOf, formatTime, useLocale } from '../../../format/dates';
import { useTRPC } from '../../../trpc/trpc';
import { QuestionStatusBadge } from './badges';
import { useCycleCommandForm } from './useCycleCommandForm';

const paths: ReadonlySet<string> = new Set([
  'record.attendance.swtProfessionals',
  'record.attendance.partnerProfessionals',
  'record.attendance.parentsOrGuardians',
  'record.organisations',
  'record.caseCodes',
  'record.questionNumbers',
  'record.notes',
]);

/** A head count: a whole number from 0 to 500, always given. */
const countProps = { min: 0, max: 500, allowDecimal: false, allowNegative: false, required: true } as const;

interface RecordSessionModalProps {
  cycle: RouterOutputs['cycles']['get'];
  occurrence: Occurrence;
  onClose: () => void;
}

/** Records what happened at a held occurrence: who came, which cases, which agenda questions. */
export function RecordSessionModal({ cycle, occurrence, onClose }: RecordSessionModalProps) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const locale = useLocale();
  const form = useCycleCommandForm(cycle, paths, onClose);
  const { ref, requestId, failure } = form;
  const previous = occurrence.record;
  const [swt, setSwt] = useState<number | string>(previous?.attendance.swtProfessionals ?? '');
  const [partners, setPartners] = useState<number | string>(previous?.attendance.partnerProfessionals ?? 0);
  const [parents, setParents] = useState<number | string>(previous?.attendance.parentsOrGuardians ?? 0);
  const [organisations, setOrganisations] = useState<string[]>(previous?.organisations ?? []);
  const [caseCodes, setCaseCodes] = useState<string[]>(previous?.caseCodes ?? []);
  const [questions, setQuestions] = useState<string[]>((previous?.questionNumbers ?? []).map(String));
  const [notes, setNotes] = useState(previous?.notes ?? '');

  const record = useMutation(
    trpc.cycles.recordSession.mutationOptions({
      onSuccess: () => form.succeeded(t('record.saved')),
      onError: form.onError,
    }),
  );

  function submit() {
    failure.reset();
    record.mutate({
      ...ref,
      requestId,
      occurrenceId: occurrence.id,
      record: {
        attendance: {
          swtProfessionals: countOf(swt),
          partnerProfessionals: countOf(partners),
          parentsOrGuardians: countOf(parents),
        },
        organisations,
        caseCodes,
        questionNumbers: questions.map(Number),
        notes: notes.trim(),
      },
    });
  }

  const title = `${t(`occurrenceKind.${occurrence.kind}`)}${occurrence.district ? ` ${occurrence.district}` : ''}, ${formatDayOf(occurrence.startsAt, cycle.timeZone, locale)} ${formatTime(occurrence.startsAt, cycle.timeZone, locale)}`;
  const sortedQuestions = [...cycle.questions].sort(
    (a, b) => Number(a.status === 'answered') - Number(b.status === 'answered') || a.number - b.number,
  );

  return (
    <FormModal
      title={t('record.title', { occurrence: title })}
      size="lg"
      onClose={onClose}
      onSubmit={submit}
      problem={failure.problem}
      pending={record.isPending}
      submitLabel={t('record.submit')}
    >
      <Fieldset legend={t('record.attendance')}>
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <NumberInput
            label={t('record.swtProfessionals')}
            {...form.valueField('record.attendance.swtProfessionals', swt, setSwt)}
            {...countProps}
            data-autofocus
          />
          <NumberInput
            label={t('record.partnerProfessionals')}
            {...form.valueField('record.attendance.partnerProfessionals', partners, setPartners)}
            {...countProps}
          />
          <NumberInput
            label={t('record.parentsOrGuardians')}
            {...form.valueField('record.attendance.parentsOrGuardians', parents, setParents)}
            {...countProps}
          />
        </SimpleGrid>
      </Fieldset>
      <TagsInput
        label={t('record.organisations')}
        description={t('record.organisationsHint')}
        {...form.valueField('record.organisations', organisations, setOrganisations)}
        clearable
      />
      <TagsInput
        label={t('record.caseCodes')}
        description={t('record.caseCodesHint')}
        {...form.valueField('record.caseCodes', caseCodes, setCaseCodes)}
        clearable
      />
      <Checkbox.Group
        label={t('record.questions')}
        description={t('record.questionsHint')}
        {...form.valueField('record.questionNumbers', questions, setQuestions)}
      >
        {sortedQuestions.length === 0 ? (
          <Text size="sm" c="dimmed" mt="xs">
            {t('record.noQuestions')}
          </Text>
        ) : (
          <ScrollArea.Autosize mah={220} mt="xs" type="auto">
            <Stack gap={6}>
              {sortedQuestions.map((question) => (
                <Checkbox
                  key={question.number}
                  value={String(question.number)}
                  label={
                    <Group gap={6} wrap="nowrap" align="flex-start">
                      <Text size="sm" fw={600}>
                        {question.number}.
                      </Text>
                      <Text size="sm" lineClamp={2}>
                        {question.text}
                      </Text>
                      <QuestionStatusBadge status={question.status} />
                    </Group>
                  }
                />
              ))}
            </Stack>
          </ScrollArea.Autosize>
        )}
      </Checkbox.Group>
      <Textarea
        label={t('record.notes')}
        description={t('record.notesHint')}
        {...form.textField('record.notes', notes, setNotes)}
        autosize
        minRows={2}
        maxRows={6}
      />
    </FormModal>
  );
}
