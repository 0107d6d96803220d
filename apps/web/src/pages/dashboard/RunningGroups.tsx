import { Anchor, Badge, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { GroupListItem } from '@leercyclus/domain';
import { ErrorState } from '../../components/ErrorState';
import { NewGroupButton } from '../../components/NewGroupButton';
import { EmptyState, LoadingState } from '../../components/QueryStates';
import { formatDateTime, programmeTimeZone, useLocale } from '../../format/dates';
import { useTRPC } from '../../trpc/trpc';
import { groupPath } from '../paths';

/** The dashboard's region of running action-learning groups, each leading to its page. */
export function RunningGroups() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const running = useQuery(trpc.groups.list.queryOptions({ status: 'running', limit: 200 }));

  return (
    <section aria-labelledby="dashboard-groups">
      <Group justify="space-between" mb="xs">
        <Title order={3} size="h4" id="dashboard-groups">
          {t('groups.dashboardTitle')}
        </Title>
        <Group gap="sm">
          <Anchor component={Link} to="/groups" size="sm">
            {t('groups.dashboardAll')}
          </Anchor>
          <NewGroupButton variant="light" />
        </Group>
      </Group>
      {running.isPending ? (
        <LoadingState label={t('groups.dashboardLoading')} />
      ) : running.isError ? (
        <ErrorState error={running.error} onRetry={() => void running.refetch()} />
      ) : running.data.length === 0 ? (
        <EmptyState>{t('groups.dashboardEmpty')}</EmptyState>
      ) : (
        <GroupCards groups={running.data} />
      )}
    </section>
  );
}

function GroupCards({ groups }: { groups: GroupListItem[] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }}>
      {groups.map((group) => (
        <Card key={group.workflowId} withBorder padding="md" data-group={group.slug}>
          <Stack gap={4}>
            <Anchor component={Link} to={groupPath(group.slug)} fw={600}>
              {group.question}
            </Anchor>
            <Text size="sm" c="dimmed">
              {group.programmeId
                ? t('groups.subtitleProgramme', { programmeId: group.programmeId, slug: group.slug })
                : t('groups.subtitle', { slug: group.slug })}
            </Text>
            <Text size="sm">
              {t('dashboard.next')}:{' '}
              {group.nextEventAt ? (
                <time dateTime={group.nextEventAt}>
                  {formatDateTime(group.nextEventAt, programmeTimeZone, locale)}
                </time>
              ) : (
                t('groups.noNextEvent')
              )}
            </Text>
            {group.overdueCheckpoints > 0 && (
              <Badge color="red" variant="light">
                {t('cycleList.overdueCheckpoints', { count: group.overdueCheckpoints })}
              </Badge>
            )}
          </Stack>
        </Card>
      ))}
    </SimpleGrid>
  );
}
