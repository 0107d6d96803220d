import { useState, type FormEvent } from 'react';
import {
  Button,
  Checkbox,
  Fieldset,
  Group,
  Modal,
  NumberInput,
  ScrollArea,
  SimpleGrid,
  Stack,
  TagsInput,
  Text,
  Textarea,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { CycleState, Occurrence } from '@leercyclus/domain';
import { FormProblem } from '../../components/FormProblem';
import { countOf, useFormFailure } from '../../components/useFormFailure';
import { formatDayOf, formatTime, useLocale } from '../../format/dates';
import { useRefreshCycle } from '../../trpc/useRefreshCycle';
import { useRequestId } from '../../trpc/useRequestId';
import { useTRPC } from '../../trpc/trpc';
import { QuestionStatusBadge } from './badges';

const paths: ReadonlySet<string> = new Set([
  'record.attendance.swtProfessionals',
  'record.attendance.partnerProfessionals',
  'record.attendance.parentsOrGuardians',
  'record.organisations',
  'record.caseCodes',
  'record.questionNumbers',
  'record.notes',
]);

interface RecordSessionModalProps {
  cycle: CycleState;
  occurrence: Occurrence;
  onClose: () => void;
}

/** Records what happened at a held occurrence: who came, which cases, which agenda questions. */
export function RecordSessionModal({ cycle, occurrence, onClose }: RecordSessionModalProps) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const locale = useLocale();
  const ref = { programmeId: cycle.programmeId, number: cycle.number };
  const refresh = useRefreshCycle(ref);
  const [requestId, renewAfter] = useRequestId();
  const failure = useFormFailure(paths);
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
      onSuccess: async () => {
        notifications.show({ color: 'teal', message: t('record.saved') });
        await refresh();
        onClose();
      },
      onError: (error) => {
        renewAfter(error);
        failure.fail(error);
      },
    }),
  );

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (record.isPending) return;
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
  const { errors } = failure;

  return (
    <Modal opened onClose={onClose} title={t('record.title', { occurrence: title })} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <FormProblem problem={failure.problem} />
          <Fieldset legend={t('record.attendance')}>
            <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
              <NumberInput
                label={t('record.swtProfessionals')}
                value={swt}
                onChange={(value) => {
                  setSwt(value);
                  failure.clear('record.attendance.swtProfessionals');
                }}
                error={errors['record.attendance.swtProfessionals']}
                min={0}
                max={500}
                allowDecimal={false}
                allowNegative={false}
                required
                data-autofocus
              />
              <NumberInput
                label={t('record.partnerProfessionals')}
                value={partners}
                onChange={(value) => {
                  setPartners(value);
                  failure.clear('record.attendance.partnerProfessionals');
                }}
                error={errors['record.attendance.partnerProfessionals']}
                min={0}
                max={500}
                allowDecimal={false}
                allowNegative={false}
                required
              />
              <NumberInput
                label={t('record.parentsOrGuardians')}
                value={parents}
                onChange={(value) => {
                  setParents(value);
                  failure.clear('record.attendance.parentsOrGuardians');
                }}
                error={errors['record.attendance.parentsOrGuardians']}
                min={0}
                max={500}
                allowDecimal={false}
                allowNegative={false}
                required
              />
            </SimpleGrid>
          </Fieldset>
          <TagsInput
            label={t('record.organisations')}
            description={t('record.organisationsHint')}
            value={organisations}
            onChange={(value) => {
              setOrganisations(value);
              failure.clear('record.organisations');
            }}
            error={errors['record.organisations']}
            clearable
          />
          <TagsInput
            label={t('record.caseCodes')}
            description={t('record.caseCodesHint')}
            value={caseCodes}
            onChange={(value) => {
              setCaseCodes(value);
              failure.clear('record.caseCodes');
            }}
            error={errors['record.caseCodes']}
            clearable
          />
          <Checkbox.Group
            label={t('record.questions')}
            description={t('record.questionsHint')}
            value={questions}
            onChange={(value) => {
              setQuestions(value);
              failure.clear('record.questionNumbers');
            }}
            error={errors['record.questionNumbers']}
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
            value={notes}
            onChange={(event) => {
              setNotes(event.currentTarget.value);
              failure.clear('record.notes');
            }}
            error={errors['record.notes']}
            autosize
            minRows={2}
            maxRows={6}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={record.isPending}>
              {t('record.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
