import { useState } from 'react';
import { Alert, Anchor, Button, Group, NativeSelect, Paper, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { escalationAnchor } from '@leercyclus/domain';
import { CardList } from '../../components/CardList';
import { ErrorState } from '../../components/ErrorState';
import { LabelledText } from '../../components/LabelledText';
import { EmptyState, LoadingState } from '../../components/QueryStates';
import { useSearchParam } from '../../components/useSearchParam';
import { formatDateTime, programmeTimeZone, useLocale } from '../../format/dates';
import { usePersonName } from '../../format/people';
import { useCan } from '../../session/permissions';
import type { RouterOutputs } from '@leercyclus/api';
import { useTRPC } from '../../trpc/trpc';
import { AnswerModal } from './AnswerModal';
import { TableAgendaButton } from './TableAgendaButton';
import { DueBadge } from './DueBadge';
import { sourcePathOf } from './source';
import { useSourceLabel } from './useSourceLabel';
import { useEscalationWords } from '../../format/escalationWording';

/** New escalations arrive from running cycles at any time: the open inbox looks again now and then. */
const inboxRefreshMs = 30_000;

/** `/escalations?table=<slug>`: a management table's open escalations, oldest first, each answerable. */
export function EscalationInboxPage() {
  const { t } = useTranslation();
  const can = useCan();
  useDocumentTitle(`${t('escalations.title')} · ${t('app.name')}`);

  return (
    <Stack gap="md">
      <Title order={2}>{t('escalations.title')}</Title>
      <Text size="sm" c="dimmed">
        {t('escalations.intro')}
      </Text>
      {!can('escalations.inbox') ? (
        <Alert color="yellow">{t('escalations.notAllowed')}</Alert>
      ) : (
        <TableInbox />
      )}
    </Stack>
  );
}

/** The table picker (its choice kept in the address) and the chosen table's inbox. */
function TableInbox() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const can = useCan();
  const [requested, setTable] = useSearchParam('table');
  const tables = useQuery(
    trpc.tables.list.queryOptions(undefined, {
      // The tables the person sits on: the list also names those their programmes escalate to.
      select: (all) => all.filter((table) => can('escalations.inbox', { table: table.slug })),
    }),
  );

  if (tables.isPending) return <LoadingState label={t('escalations.tablesLoading')} />;
  if (tables.isError) return <ErrorState error={tables.error} onRetry={() => void tables.refetch()} />;
  if (tables.data.length === 0 && requested === null) {
    return <EmptyState>{t('escalations.tablesEmpty')}</EmptyState>;
  }
  const table = requested ?? tables.data[0]!.slug;
  // A table asked for by address may be newer than the list (visibility is a moment behind): still offer it.
  const options: RouterOutputs['tables']['list'][number][] = tables.data.some(
    (listed) => listed.slug === table,
  )
    ? tables.data
    : [{ slug: table, name: table, open: 0, overdue: 0 }, ...tables.data];
  const name = options.find((listed) => listed.slug === table)!.name;

  return (
    <Stack gap="md">
      <NativeSelect
        label={t('escalations.table')}
        description={t('escalations.tableHint')}
        value={table}
        onChange={(event) => setTable(event.currentTarget.value)}
        data={options.map((listed) => ({
          value: listed.slug,
          label: t('escalations.tableOption', { name: listed.name, open: listed.open }),
        }))}
        maw={420}
      />
      <Group>
        <TableAgendaButton table={table} />
      </Group>
      <Inbox table={table} name={name} />
    </Stack>
  );
}

function Inbox({ table, name }: { table: string; name: string }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const can = useCan();
  const [answering, setAnswering] = useState<RouterOutputs['escalations']['inbox'][number] | null>(null);
  const inbox = useQuery(trpc.escalations.inbox.queryOptions({ table }, { refetchInterval: inboxRefreshMs }));
  const canAnswer = can('escalations.respond', { table });

  if (inbox.isPending) return <LoadingState label={t('escalations.loading')} />;
  if (inbox.isError) {
    return (
      <ErrorState
        error={inbox.error}
        onRetry={() => void inbox.refetch()}
        notFoundText={t('escalations.tableNotFound', { table })}
      />
    );
  }
  return (
    <>
      <CardList
        label={t('escalations.listLabel', { table: name })}
        items={inbox.data}
        empty={t('escalations.empty', { table: name })}
      >
        {(item) => (
          <InboxCard key={item.id} item={item} onAnswer={canAnswer ? () => setAnswering(item) : undefined} />
        )}
      </CardList>
      {answering && <AnswerModal table={table} item={answering} onClose={() => setAnswering(null)} />}
    </>
  );
}

function InboxCard({
  item,
  onAnswer,
}: {
  item: RouterOutputs['escalations']['inbox'][number];
  onAnswer?: () => void;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const personName = usePersonName();
  const sourceLabel = useSourceLabel();
  const path = sourcePathOf(item.source);
  const at = (iso: string) => formatDateTime(iso, programmeTimeZone, locale);
  const raisedFrom = item.history.filter((hop) => hop.raisedAt !== null).at(-1);
  const textId = `${escalationAnchor(item.id)}-text`;
  const words = useEscalationWords()(item);

  return (
    <Paper component="li" withBorder p="md" data-escalation={item.id} id={escalationAnchor(item.id)}>
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Text fw={600} id={textId}>
            {words.text}
          </Text>
          <DueBadge item={item} />
        </Group>
        <LabelledText label={t('escalations.sourceLabel')}>
          {path ? (
            <Anchor component={Link} to={path} size="sm">
              {sourceLabel(item.source)}
            </Anchor>
          ) : (
            sourceLabel(item.source)
          )}
        </LabelledText>
        {words.why && <LabelledText label={t('escalations.why')}>{words.why}</LabelledText>}
        <Group gap="md">
          <Text size="sm" fw={600} c={item.overdue ? 'red.8' : undefined}>
            {t('escalations.daysOpen', { count: item.daysOpen })}
          </Text>
          <Text size="sm">
            <time dateTime={item.dueAt}>{t('escalations.dueAt', { at: at(item.dueAt) })}</time>
          </Text>
          {item.remindersSent.length > 0 && (
            <Text size="sm" c="dimmed">
              {t('escalations.remindersSent', { count: item.remindersSent.length })}
            </Text>
          )}
        </Group>
        <Text size="xs" c="dimmed">
          {t('escalations.raised', { by: personName(item.raisedBy), at: at(item.raisedAt) })}
          {raisedFrom && ` · ${t('escalations.raisedFrom', { table: raisedFrom.table })}`}
        </Text>
        {onAnswer && (
          <Group>
            <Button size="xs" onClick={onAnswer} aria-describedby={textId}>
              {t('escalations.answer')}
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
