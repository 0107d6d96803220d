import { Alert, Anchor, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { RouterOutputs } from '@leercyclus/api';
import { ColumnHeaders } from '../../../components/ColumnHeaders';
import { NewCycleButton } from '../../../components/NewCycleButton';
import { OverdueCheckpointsBadge } from '../../../components/OverdueCheckpointsBadge';
import { NextEvent } from '../../../components/ProgrammeTime';
import { QueryView } from '../../../components/QueryView';
import { CycleStatusBadge } from '../../../components/StatusBadges';
import { useCurrentUser } from '../../../session/CurrentUser';
import { useTRPC } from '../../../trpc/trpc';
import { cyclePath } from '../../paths';

/** `/` and `/cycles`: every learning cycle, each row leading to its page. */
export function CycleListPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const { userId, hasRole } = useCurrentUser();
  useDocumentTitle(`${t('cycleList.title')} · ${t('app.name')}`);
  const cycles = useQuery(trpc.cycles.list.queryOptions(undefined, { enabled: userId !== null }));

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={2}>{t('cycleList.title')}</Title>
        <NewCycleButton />
      </Group>
      {userId === null ? (
        <Alert color="blue">{t('cycleList.notSignedIn')}</Alert>
      ) : (
        <QueryView
          query={cycles}
          loadingLabel={t('cycleList.loading')}
          empty={hasRole('projectLeader') ? t('cycleList.emptyProjectLeader') : t('cycleList.empty')}
        >
          {(all) => <CycleTable cycles={all} />}
        </QueryView>
      )}
    </Stack>
  );
}

function CycleTable({ cycles }: { cycles: RouterOutputs['cycles']['list'][number][] }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table highlightOnHover verticalSpacing="sm">
        <Table.Caption>{t('cycleList.caption')}</Table.Caption>
        <ColumnHeaders
          labels={[
            t('cycleList.programme'),
            t('cycleList.number'),
            t('cycleList.cycleTitle'),
            t('cycleList.districts'),
            t('cycleList.status'),
            t('cycleList.nextEvent'),
          ]}
        />
        <Table.Tbody>
          {cycles.map((cycle) => {
            const path = cyclePath(cycle.programmeId, cycle.number);
            return (
              // The title is the row's link (and keyboard stop); a click anywhere on the row follows it too.
              <Table.Tr
                key={cycle.workflowId}
                onClick={() => void navigate(path)}
                style={{ cursor: 'pointer' }}
              >
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
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
