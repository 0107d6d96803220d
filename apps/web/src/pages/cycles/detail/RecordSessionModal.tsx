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
} from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { RouterOutputs } from '@leercyclus/api';
import { recordSessionInputSchema, type Occurrence } from '@leercyclus/domain';
import { FormModal } from '../../../components/FormModal';
import { formatDayOf, formatTime, useLocale } from '../../../format/dates';
import { useTRPC } from '../../../trpc/trpc';
import { QuestionStatusBadge } from './badges';
import { useCycleCommandForm } from './useCycleCommandForm';
import { SafeTagsInput, SafeTextarea } from '../../../components/SafeText';

/** A count as typed; an empty field is no number, which the schema names as missing. */
function countOf(value: number | string): number {
  if (typeof value === 'number') return value;
  return value.trim() === '' ? Number.NaN : Number(value);
}

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
  const previous = occurrence.record;
  const form = useCycleCommandForm(cycle, {
    initialValues: {
      record: {
        attendance: {
          swtProfessionals: previous?.attendance.swtProfessionals ?? '',
          partnerProfessionals: previous?.attendance.partnerProfessionals ?? 0,
          parentsOrGuardians: previous?.attendance.parentsOrGuardians ?? 0,
        },
        organisations: previous?.organisations ?? [],
        caseCodes: previous?.caseCodes ?? [],
        questionNumbers: (previous?.questionNumbers ?? []).map(String),
        notes: previous?.notes ?? '',
      },
    },
    schema: recordSessionInputSchema,
    toInput: ({ record }) => ({
      occurrenceId: occurrence.id,
      record: {
        attendance: {
          swtProfessionals: countOf(record.attendance.swtProfessionals),
          partnerProfessionals: countOf(record.attendance.partnerProfessionals),
          parentsOrGuardians: countOf(record.attendance.parentsOrGuardians),
        },
        organisations: record.organisations,
        caseCodes: record.caseCodes,
        questionNumbers: record.questionNumbers.map(Number),
        notes: record.notes.trim(),
      },
    }),
    onClose,
  });

  const record = useMutation(
    trpc.cycles.recordSession.mutationOptions({
      onSuccess: () => form.succeeded(t('record.saved')),
      onError: form.onError,
    }),
  );

  const title = `${t(`occurrenceKind.${occurrence.kind}`)}${occurrence.district ? ` ${occurrence.district}` : ''}, ${formatDayOf(occurrence.startsAt, cycle.timeZone, locale)} ${formatTime(occurrence.startsAt, cycle.timeZone, locale)}`;
  const sortedQuestions = [...cycle.questions].sort(
    (a, b) => Number(a.status === 'answered') - Number(b.status === 'answered') || a.number - b.number,
  );

  return (
    <FormModal
      title={t('record.title', { occurrence: title })}
      size="lg"
      onClose={onClose}
      {...form.modal(record)}
      submitLabel={t('record.submit')}
    >
      <Fieldset legend={t('record.attendance')}>
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <NumberInput
            label={t('record.swtProfessionals')}
            {...form.form.getInputProps('record.attendance.swtProfessionals')}
            {...countProps}
            data-autofocus
          />
          <NumberInput
            label={t('record.partnerProfessionals')}
            {...form.form.getInputProps('record.attendance.partnerProfessionals')}
            {...countProps}
          />
          <NumberInput
            label={t('record.parentsOrGuardians')}
            {...form.form.getInputProps('record.attendance.parentsOrGuardians')}
            {...countProps}
          />
        </SimpleGrid>
      </Fieldset>
      <SafeTagsInput
        label={t('record.organisations')}
        description={t('record.organisationsHint')}
        {...form.form.getInputProps('record.organisations')}
        clearable
      />
      <TagsInput
        label={t('record.caseCodes')}
        description={t('record.caseCodesHint')}
        {...form.form.getInputProps('record.caseCodes')}
        clearable
      />
      <Checkbox.Group
        label={t('record.questions')}
        description={t('record.questionsHint')}
        {...form.form.getInputProps('record.questionNumbers')}
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
      <SafeTextarea
        label={t('record.notes')}
        description={t('record.notesHint')}
        {...form.form.getInputProps('record.notes')}
        autosize
        minRows={2}
        maxRows={6}
      />
    </FormModal>
  );
}
