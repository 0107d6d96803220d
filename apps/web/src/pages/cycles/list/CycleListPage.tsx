import { Anchor, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { RouterOutputs } from '@leercyclus/api';
import { ListPage, ListTable } from '../../../components/ListPage';
import { OverdueCheckpointsBadge } from '../../../components/OverdueCheckpointsBadge';
import { NextEvent } from '../../../components/ProgrammeTime';
import { CycleStatusBadge } from '../../../components/StatusBadges';
import { useCurrentUser } from '../../../session/CurrentUser';
import { useTRPC } from '../../../trpc/trpc';
import { cyclePath } from '../../paths';

/** `/cycles`: every learning cycle, each row leading to its page. */
export function CycleListPage() {
  const trpc = useTRPC();
  const { userId } = useCurrentUser();
  const cycles = useQuery(trpc.cycles.list.queryOptions(undefined, { enabled: userId !== null }));
  return (
    <ListPage kind="cycle" texts="cycleList" query={cycles}>
      {(all) => <CycleTable cycles={all} />}
    </ListPage>
  );
}

function CycleTable({ cycles }: { cycles: RouterOutputs['cycles']['list'] }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <ListTable
      minWidth={720}
      caption={t('cycleList.caption')}
      columns={[
        t('cycleList.programme'),
        t('cycleList.number'),
        t('cycleList.cycleTitle'),
        t('cycleList.districts'),
        t('cycleList.status'),
        t('cycleList.nextEvent'),
      ]}
    >
      {cycles.map((cycle) => {
        const path = cyclePath(cycle.programmeId, cycle.number);
        return (
          // The title is the row's link (and keyboard stop); a click anywhere on the row follows it too.
          <Table.Tr key={cycle.workflowId} onClick={() => void navigate(path)} style={{ cursor: 'pointer' }}>
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
      })}
    </ListTable>
  );
}
