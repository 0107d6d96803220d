import { SimpleGrid } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { RouterOutputs } from '@leercyclus/api';
import { LaunchButton } from '../../components/LaunchButton';
import { QueryView } from '../../components/QueryView';
import { Region } from '../../components/Region';
import { useTRPC } from '../../trpc/trpc';
import { groupPath } from '../paths';
import { ProcessCard } from './ProcessCard';

/** The dashboard's region of running action-learning groups, each leading to its page. */
export function RunningGroups() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const running = useQuery(trpc.groups.list.queryOptions({ status: 'running', limit: 200 }));

  return (
    <Region
      id="dashboard-groups"
      title={t('groups.dashboardTitle')}
      link={{ to: '/groups', label: t('groups.dashboardAll') }}
      actions={<LaunchButton kind="group" variant="light" />}
    >
      <QueryView
        query={running}
        loadingLabel={t('groups.dashboardLoading')}
        empty={t('groups.dashboardEmpty')}
      >
        {(groups) => <GroupCards groups={groups} />}
      </QueryView>
    </Region>
  );
}

function GroupCards({ groups }: { groups: RouterOutputs['groups']['list'][number][] }) {
  const { t } = useTranslation();
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }}>
      {groups.map((group) => (
        <ProcessCard
          key={group.workflowId}
          data={{ 'data-group': group.slug }}
          to={groupPath(group.slug)}
          title={group.question}
          subtitle={
            group.programmeId
              ? t('groups.subtitleProgramme', { programmeId: group.programmeId, slug: group.slug })
              : t('groups.subtitle', { slug: group.slug })
          }
          nextEventAt={group.nextEventAt}
          noNextEvent={t('groups.noNextEvent')}
          overdueCheckpoints={group.overdueCheckpoints}
        />
      ))}
    </SimpleGrid>
  );
}
