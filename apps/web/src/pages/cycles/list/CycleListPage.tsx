import { Anchor, Table, Text } from '@mantine/core';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ListPage } from '../../../components/ListPage';
import { OverdueCheckpointsBadge } from '../../../components/OverdueCheckpointsBadge';
import { NextEvent } from '../../../components/ProgrammeTime';
import { CycleStatusBadge } from '../../../components/StatusBadges';
import { useTRPC } from '../../../trpc/trpc';
import { cyclePath } from '../../paths';

/** `/cycles`: every learning cycle, each row leading to its page. */
export function CycleListPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const navigate = useNavigate();
  return (
    <ListPage
      kind="cycle"
      list={trpc.cycles.list.queryOptions()}
      minWidth={720}
      columns={['programme', 'number', 'cycleTitle', 'districts', 'status', 'nextEvent']}
    >
      {(cycle) => {
        const path = cyclePath(cycle.programmeId, cycle.number);
        return (
          // The title is the row's link (and keyboard stop); a click anywhere on the row follows it too.
          <Table.Tr onClick={() => void navigate(path)} style={{ cursor: 'pointer' }}>
            <Table.Td>
              <Text size="sm" ff="monospace">
                {cycle.programmeId}
              </Text>
            </Table.Td>
            <Table.Td>{cycle.number}</Table.Td>
            <Table.Td>
              <Anchor component={Link} to={path} onClick={(event) => event.stopPropagation()}>
                {cycle.title}
              </Anchor>
              <OverdueCheckpointsBadge count={cycle.overdueCheckpoints} ml="xs" />
            </Table.Td>
            <Table.Td>{cycle.districts.join(', ') || t('common.none')}</Table.Td>
            <Table.Td>
              <CycleStatusBadge status={cycle.status} />
            </Table.Td>
            <Table.Td>
              <NextEvent at={cycle.nextEventAt} none={t('cycleList.noNextEvent')} />
            </Table.Td>
          </Table.Tr>
        );
      }}
    </ListPage>
  );
}
