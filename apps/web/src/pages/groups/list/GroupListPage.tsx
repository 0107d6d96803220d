import { Alert, Anchor, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { RouterOutputs } from '@leercyclus/api';
import { ColumnHeaders } from '../../../components/ColumnHeaders';
import { NewGroupButton } from '../../../components/NewGroupButton';
import { OverdueCheckpointsBadge } from '../../../components/OverdueCheckpointsBadge';
import { NextEvent } from '../../../components/ProgrammeTime';
import { QueryView } from '../../../components/QueryView';
import { CycleStatusBadge } from '../../../components/StatusBadges';
import { formatPlainDate, useLocale } from '../../../format/dates';
import { useCurrentUser } from '../../../session/CurrentUser';
import { useCan } from '../../../session/permissions';
import { useTRPC } from '../../../trpc/trpc';
import { groupPath } from '../../paths';

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
      ) : (
        <QueryView
          query={groups}
          loadingLabel={t('groups.loading')}
          empty={can('groups.launch') ? t('groups.emptyProjectLeader') : t('groups.empty')}
        >
          {(all) => <GroupTable groups={all} />}
        </QueryView>
      )}
    </Stack>
  );
}

function GroupTable({ groups }: { groups: RouterOutputs['groups']['list'][number][] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table highlightOnHover verticalSpacing="sm">
        <Table.Caption>{t('groups.caption')}</Table.Caption>
        <ColumnHeaders
          labels={[
            t('groups.question'),
            t('groups.slug'),
            t('groups.programme'),
            t('groups.period'),
            t('groups.status'),
            t('groups.nextEvent'),
          ]}
        />
        <Table.Tbody>
          {groups.map((group) => (
            <Table.Tr key={group.workflowId} data-group={group.slug}>
              <Table.Td>
                {/* The question is the row's link, so the keyboard reaches each group once. */}
                <Anchor component={Link} to={groupPath(group.slug)}>
                  {group.question}
                </Anchor>
                <OverdueCheckpointsBadge count={group.overdueCheckpoints} ml="xs" />
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
                <NextEvent at={group.nextEventAt} none={t('groups.noNextEvent')} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
