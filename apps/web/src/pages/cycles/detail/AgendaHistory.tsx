import { useState } from 'react';
import { Badge, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { RouterOutputs } from '@leercyclus/api';
import { actionsOf } from '@leercyclus/domain';
import { DateField } from '../../../components/DateFields';
import { QueryView } from '../../../components/QueryView';
import { formatPlainDate, useLocale } from '../../../format/dates';
import { useCategoryLabel } from '../../../format/labels';
import { useTRPC } from '../../../trpc/trpc';
import { QuestionStatusBadge } from './badges';

type Comparison = RouterOutputs['agenda']['compare'];
const changeKinds = ['added', 'reformulated', 'answered', 'escalated'] as const;

/**
 * The agenda as it stood on a chosen day ("agenda op …"), and what changed between that day and another: read
 * from the record's versions of the questions, as a monitor brings them to the three-monthly evaluation.
 */
export function AgendaHistory({ cycle }: { cycle: RouterOutputs['cycles']['get'] }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const locale = useLocale();
  const [date, setDate] = useState<string | null>(null);
  const [compareTo, setCompareTo] = useState<string | null>(null);
  const ref = { programmeId: cycle.programmeId, number: cycle.number };
  const onDate = useQuery({
    ...trpc.agenda.onDate.queryOptions({ ...ref, date: date ?? '' }),
    enabled: !!date,
  });
  const [from, to] = [date ?? '', compareTo ?? ''].sort();
  const comparison = useQuery({
    ...trpc.agenda.compare.queryOptions({ ...ref, from: from!, to: to! }),
    enabled: !!date && !!compareTo,
  });

  return (
    <Paper withBorder p="md" component="section" aria-label={t('agendaHistory.label')}>
      <Stack gap="sm">
        <Group gap="sm" align="flex-end">
          <DateField label={t('agendaHistory.onDate')} value={date} onChange={setDate} clearable />
          {date && (
            <DateField
              label={t('agendaHistory.compareTo')}
              value={compareTo}
              onChange={setCompareTo}
              clearable
            />
          )}
        </Group>
        {date && (
          <QueryView query={onDate} loadingLabel={t('agendaHistory.loading')}>
            {(agenda) => (
              <Stack gap={4}>
                <Title order={4}>
                  {t('agendaHistory.title', { date: formatPlainDate(agenda.date, locale) })}
                </Title>
                {agenda.questions.length === 0 ? (
                  <Text size="sm" c="dimmed">
                    {t('agendaHistory.empty')}
                  </Text>
                ) : (
                  <List spacing={4} size="sm" aria-label={t('agendaHistory.listLabel')}>
                    {agenda.questions.map((question) => (
                      <List.Item key={question.number} data-question-on-date={question.number}>
                        <AgendaLine question={question} />
                      </List.Item>
                    ))}
                  </List>
                )}
              </Stack>
            )}
          </QueryView>
        )}
        {date && compareTo && (
          <QueryView query={comparison} loadingLabel={t('agendaHistory.loading')}>
            {(changes) => <Changes changes={changes} />}
          </QueryView>
        )}
      </Stack>
    </Paper>
  );
}

function AgendaLine({ question }: { question: RouterOutputs['agenda']['onDate']['questions'][number] }) {
  const { t } = useTranslation();
  const categoryLabel = useCategoryLabel();
  return (
    <Group gap={6} wrap="nowrap" align="flex-start">
      <Text size="sm">
        {question.number}. {question.text}
      </Text>
      <QuestionStatusBadge status={question.status} />
      <Badge variant="outline" color="gray">
        {categoryLabel(question.category)}
      </Badge>
      <Badge variant="outline" color="gray">
        {t('actions.count', { count: actionsOf(question).length })}
      </Badge>
    </Group>
  );
}

function Changes({ changes }: { changes: Comparison }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <Stack gap={4} component="section" aria-label={t('agendaHistory.changesLabel')}>
      <Title order={4}>
        {t('agendaHistory.changesTitle', {
          from: formatPlainDate(changes.from, locale),
          to: formatPlainDate(changes.to, locale),
        })}
      </Title>
      {changeKinds.map((kind) => (
        <div key={kind} data-change={kind}>
          <Text size="sm" fw={600}>
            {t(`agendaHistory.change.${kind}`, { count: changes[kind].length })}
          </Text>
          <List size="sm">
            {changes[kind].map((question) => (
              <List.Item key={question.number}>
                {question.number}. {question.text}
                {'before' in question && (
                  <Text span size="xs" c="dimmed">
                    {' '}
                    {t('agendaHistory.before', { text: question.before })}
                  </Text>
                )}
              </List.Item>
            ))}
          </List>
        </div>
      ))}
    </Stack>
  );
}
