import { Anchor, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ListPage } from '../../../components/ListPage';
import { OverdueCheckpointsBadge } from '../../../components/OverdueCheckpointsBadge';
import { NextEvent } from '../../../components/ProgrammeTime';
import { CycleStatusBadge } from '../../../components/StatusBadges';
import { formatPlainDate, useLocale } from '../../../format/dates';
import { useTRPC } from '../../../trpc/trpc';
import { groupPath } from '../../paths';

/** `/groups`: every action-learning group, each leading to its page. */
export function GroupListPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const locale = useLocale();
  return (
    <ListPage
      kind="group"
      list={trpc.groups.list.queryOptions()}
      minWidth={760}
      columns={['question', 'slug', 'programme', 'period', 'status', 'nextEvent']}
    >
      {(group) => (
        <Table.Tr data-group={group.slug}>
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
      )}
    </ListPage>
  );
}
