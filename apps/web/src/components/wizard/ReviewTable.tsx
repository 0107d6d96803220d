import type { ReactNode } from 'react';
import { Anchor, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CheckpointPlan } from '@leercyclus/domain';
import { formatPlainDate, useLocale } from '../../format/dates';
import { usePersonName } from '../../format/people';

type WizardTexts = 'launch' | 'groupWizard';

type EditLink<Step extends string> = (step: Step) => { label: string; onEdit: () => void };

/** A review row's link back to the step its settings are made on. */
function useEditLinks<Step extends string>(texts: WizardTexts, onEdit: (step: Step) => void): EditLink<Step> {
  const { t } = useTranslation();
  return (step: Step) => ({
    label: t(`${texts}.steps.${step}` as 'launch.steps.basics'),
    onEdit: () => onEdit(step),
  });
}

interface LaunchReviewProps<Step extends string> {
  texts: WizardTexts;
  onEdit: (step: Step | 'basics' | 'checkpoints') => void;
  checkpoints: readonly CheckpointPlan[];
  /** The first row: what is launched, by its title, and what names it. */
  basics: { heading: string; title: string; details: ReactNode };
  /** The rows of what is particular to a cycle or a group, between the first and its checkpoints. */
  rows: (edit: EditLink<Step | 'basics' | 'checkpoints'>) => ReactNode;
  /** What the workflow will plan, with its heading (and that heading's id). */
  planned: { id: string; title: ReactNode; content: ReactNode };
}

/**
 * The review step of a launch wizard: a table of what is about to launch, a row a part of it with a way back to
 * its step, then what the workflow will plan from it.
 */
export function LaunchReview<Step extends string>({
  texts,
  onEdit,
  checkpoints,
  basics,
  rows,
  planned,
}: LaunchReviewProps<Step>) {
  const { t } = useTranslation();
  const edit = useEditLinks(texts, onEdit);
  return (
    <Stack gap="lg">
      <Table withTableBorder variant="vertical" layout="fixed" aria-label={t(`${texts}.reviewCaption`)}>
        <Table.Tbody>
          <ReviewRow heading={basics.heading} edit={edit('basics')}>
            <Text size="sm" fw={600}>
              {basics.title}
            </Text>
            {basics.details}
          </ReviewRow>
          {rows(edit)}
          <ReviewRow heading={t(`${texts}.steps.checkpoints`)} edit={edit('checkpoints')}>
            <ReviewCheckpoints checkpoints={checkpoints} />
          </ReviewRow>
        </Table.Tbody>
      </Table>
      <section aria-labelledby={planned.id}>
        <Title order={4} id={planned.id} mb="xs">
          {planned.title}
        </Title>
        {planned.content}
      </section>
    </Stack>
  );
}

interface ReviewRowProps {
  heading: string;
  /** The step this row's settings are made on, and its name: a link back to it. */
  edit?: { label: string; onEdit: () => void };
  children: ReactNode;
}

export function ReviewRow({ heading, edit, children }: ReviewRowProps) {
  const { t } = useTranslation();
  return (
    <Table.Tr>
      <Table.Th w={220} scope="row">
        {heading}
      </Table.Th>
      <Table.Td>
        {children}
        {edit && (
          <Anchor component="button" type="button" size="sm" onClick={edit.onEdit}>
            {t('launch.edit', { what: edit.label })}
          </Anchor>
        )}
      </Table.Td>
    </Table.Tr>
  );
}

/** The period with the time zone its times hold in. */
export function ReviewPeriod({
  startsOn,
  endsOn,
  timeZone,
}: {
  startsOn: string;
  endsOn: string;
  timeZone: string;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <>
      {t('cycle.periodValue', {
        start: formatPlainDate(startsOn, locale),
        end: formatPlainDate(endsOn, locale),
      })}{' '}
      ({timeZone})
    </>
  );
}

/** The blackout dates of a launch that fall within its period. */
export function blackoutsWithin(launch: {
  blackoutDates: readonly string[];
  startsOn: string;
  endsOn: string;
}) {
  return launch.blackoutDates.filter((date) => date >= launch.startsOn && date <= launch.endsOn);
}

export function ReviewBlackouts({ label, dates }: { label: string; dates: readonly string[] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <Text size="sm">
      {label}:{' '}
      {dates.length > 0
        ? dates.map((date) => formatPlainDate(date, locale)).join(', ')
        : t('cycle.noBlackoutDates')}
    </Text>
  );
}

function ReviewCheckpoints({ checkpoints }: { checkpoints: readonly CheckpointPlan[] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const personName = usePersonName();
  return checkpoints.map((checkpoint) => (
    <Text size="sm" key={checkpoint.id}>
      {t('launch.reviewCheckpoint', {
        title: checkpoint.title,
        owner: personName(checkpoint.owner),
        date: formatPlainDate(checkpoint.dueOn, locale),
        time: checkpoint.dueTime,
      })}
    </Text>
  ));
}
