import { Anchor, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { RouterOutputs } from '@leercyclus/api';
import { ListPage, ListTable } from '../../../components/ListPage';
import { OverdueCheckpointsBadge } from '../../../components/OverdueCheckpointsBadge';
import { NextEvent } from '../../../components/ProgrammeTime';
import { CycleStatusBadge } from '../../../components/StatusBadges';
import { formatPlainDate, useLocale } from '../../../format/dates';
import { useCurrentUser } from '../../../session/CurrentUser';
import { useTRPC } from '../../../trpc/trpc';
import { groupPath } from '../../paths';

/** `/groups`: every action-learning group, each leading to its page. */
export function GroupListPage() {
  const trpc = useTRPC();
  const { userId } = useCurrentUser();
  const groups = useQuery(trpc.groups.list.queryOptions(undefined, { enabled: userId !== null }));
  return (
    <ListPage kind="group" texts="groups" query={groups}>
      {(all) => <GroupTable groups={all} />}
    </ListPage>
  );
}

function GroupTable({ groups }: { groups: RouterOutputs['groups']['list'] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <ListTable
      minWidth={760}
      caption={t('groups.caption')}
      columns={[
        t('groups.question'),
        t('groups.slug'),
        t('groups.programme'),
        t('groups.period'),
        t('groups.status'),
        t('groups.nextEvent'),
      ]}
    >
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
    </ListTable>
  );
}
