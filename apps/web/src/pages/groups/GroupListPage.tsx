import { Alert, Anchor, Badge, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { GroupListItem } from '@leercyclus/domain';
import { ErrorState } from '../../components/ErrorState';
import { NewGroupButton } from '../../components/NewGroupButton';
import { EmptyState, LoadingState } from '../../components/QueryStates';
import { CycleStatusBadge } from '../../components/StatusBadges';
import { formatDateTime, formatPlainDate, programmeTimeZone, useLocale } from '../../format/dates';
import { useCurrentUser } from '../../session/CurrentUser';
import { useCan } from '../../session/permissions';
import { useTRPC } from '../../trpc/trpc';
import { groupPath } from '../paths';

/** `/groups`: every action-learning group, each leading to its page. */
export function GroupListPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const can = useCan();
  const { userId } = useCurrentUser();
  useDocumentTitle(`${t('groups.title')} · ${t('app.name')}`);
  const groups = useQuery(trpc.groups.list.queryOptions(undefined, { enabled: userId !== null }));

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={2}>{t('groups.title')}</Title>
        <NewGroupButton />
      </Group>
      {userId === null ? (
        <Alert color="blue">{t('groups.notSignedIn')}</Alert>
      ) : groups.isPending ? (
        <LoadingState label={t('groups.loading')} />
      ) : groups.isError ? (
        <ErrorState error={groups.error} onRetry={() => void groups.refetch()} />
      ) : groups.data.length === 0 ? (
        <EmptyState>{can('groups.launch') ? t('groups.emptyProjectLeader') : t('groups.empty')}</EmptyState>
      ) : (
        <GroupTable groups={groups.data} />
      )}
    </Stack>
  );
}

function GroupTable({ groups }: { groups: GroupListItem[] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table highlightOnHover verticalSpacing="sm">
        <Table.Caption>{t('groups.caption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('groups.question')}</Table.Th>
            <Table.Th scope="col">{t('groups.slug')}</Table.Th>
            <Table.Th scope="col">{t('groups.programme')}</Table.Th>
            <Table.Th scope="col">{t('groups.period')}</Table.Th>
            <Table.Th scope="col">{t('groups.status')}</Table.Th>
            <Table.Th scope="col">{t('groups.nextEvent')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {groups.map((group) => (
            <Table.Tr key={group.workflowId} data-group={group.slug}>
              <Table.Td>
                {/* The question is the row's link, so the keyboard reaches each group once. */}
                <Anchor component={Link} to={groupPath(group.slug)}>
                  {group.question}
                </Anchor>
                {group.overdueCheckpoints > 0 && (
                  <Badge color="red" variant="light" ml="xs">
                    {t('cycleList.overdueCheckpoints', { count: group.overdueCheckpoints })}
                  </Badge>
                )}
              </Table.Td>
              <Table.Td>
                <Text size="sm" ff="monospace">
                  {group.slug}
                </Text>
              </Table.Td>
              <Table.Td>{group.programmeId ?? t('groups.noProgramme')}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {group.endsOn
                  ? t('cycle.periodValue', {
                      start: formatPlainDate(group.startsOn, locale),
                      end: formatPlainDate(group.endsOn, locale),
                    })
                  : formatPlainDate(group.startsOn, locale)}
              </Table.Td>
              <Table.Td>
                <CycleStatusBadge status={group.status} />
              </Table.Td>
              <Table.Td>
                {group.nextEventAt ? (
                  <time dateTime={group.nextEventAt}>
                    {formatDateTime(group.nextEventAt, programmeTimeZone, locale)}
                  </time>
                ) : (
                  <Text size="sm" c="dimmed">
                    {t('groups.noNextEvent')}
                  </Text>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
