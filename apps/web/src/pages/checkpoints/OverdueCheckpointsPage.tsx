import { useState } from 'react';
import { Alert, Anchor, Stack, Table, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ColumnHeaders } from '../../components/ColumnHeaders';
import { FormProblem, type Problem } from '../../components/FormProblem';
import { MailStatusText } from '../../components/MailStatusText';
import { QueryView } from '../../components/QueryView';
import { RemindButton } from '../../components/RemindButton';
import { formatDateTime, programmeTimeZone, useLocale } from '../../format/dates';
import { useCan } from '../../session/permissions';
import type { RouterOutputs } from '@leercyclus/api';
import { useTRPC } from '../../trpc/trpc';
import { OverdueCheckpointLink, OverdueTimingCells } from './OverdueCells';
import { processPathOf, remindTargetOf } from './overdueRow';

type OverdueRow = RouterOutputs['checkpoints']['overdue'][number];

/** `/checkpoints/overdue`: the coordinator's list of evaluations past their due date, with reminders. */
export function OverdueCheckpointsPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const can = useCan();
  useDocumentTitle(`${t('overdue.title')} · ${t('app.name')}`);
  const allowed = can('checkpoints.overdue');
  const overdue = useQuery(trpc.checkpoints.overdue.queryOptions({}, { enabled: allowed }));

  return (
    <Stack gap="md">
      <Title order={2}>{t('overdue.title')}</Title>
      <Text size="sm" c="dimmed">
        {t('overdue.intro')}
      </Text>
      {!allowed ? (
        <Alert color="yellow">{t('overdue.notAllowed')}</Alert>
      ) : (
        <QueryView query={overdue} loadingLabel={t('overdue.loading')} empty={t('overdue.empty')}>
          {(rows) => <OverdueTable rows={rows} />}
        </QueryView>
      )}
    </Stack>
  );
}

function OverdueTable({ rows }: { rows: OverdueRow[] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const can = useCan();
  const [problem, setProblem] = useState<Problem | null>(null);
  // The column is there for whoever may remind in some programme; the button only where they may.
  const canRemind = can('checkpoints.remind');

  return (
    <Stack gap="sm">
      <FormProblem problem={problem} />
      <Table.ScrollContainer minWidth={860}>
        <Table verticalSpacing="sm" striped highlightOnHover>
          <Table.Caption>{t('overdue.caption')}</Table.Caption>
          <ColumnHeaders
            labels={[
              t('overdue.process'),
              t('overdue.checkpoint'),
              t('overdue.owner'),
              t('overdue.due'),
              t('overdue.daysOverdue'),
              t('overdue.reminders'),
              canRemind && t('calendar.actions'),
            ]}
          />
          <Table.Tbody>
            {rows.map((row) => {
              const path = processPathOf(row);
              const target = remindTargetOf(row);
              return (
                <Table.Tr key={`${row.processId}/${row.checkpointId}`} data-checkpoint={row.checkpointId}>
                  <Table.Td>
                    {path ? (
                      <Anchor component={Link} to={path} size="sm">
                        {row.processTitle}
                      </Anchor>
                    ) : (
                      <Text size="sm">{row.processTitle}</Text>
                    )}
                    <Text size="xs" c="dimmed">
                      {row.kind === 'learningCycle' && row.number !== null
                        ? t('cycle.subtitle', { programmeId: row.programmeId, number: row.number })
                        : t('overdue.group')}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <OverdueCheckpointLink row={row} />
                  </Table.Td>
                  <OverdueTimingCells row={row} />
                  <Table.Td>
                    <Text size="sm" data-testid="reminders-sent">
                      {t('overdue.remindersSent', { count: row.remindersSent })}
                    </Text>
                    {row.lastReminderAt && (
                      <Text size="xs" c="dimmed">
                        {t('overdue.lastReminder', {
                          at: formatDateTime(row.lastReminderAt, programmeTimeZone, locale),
                        })}
                      </Text>
                    )}
                    <MailStatusText status={row.lastReminderMail} timeZone={programmeTimeZone} />
                  </Table.Td>
                  {canRemind && (
                    <Table.Td>
                      {target &&
                        can('checkpoints.remind', { programme: row.programmeId, group: row.groupSlug }) && (
                          <RemindButton row={target} onProblem={setProblem} />
                        )}
                    </Table.Td>
                  )}
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}
