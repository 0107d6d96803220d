import { useState } from 'react';
import { Button, Group, Stack, Text } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { FormProblem, useDescribeFailure, type Problem } from '../../components/FormProblem';
import { QueryView } from '../../components/QueryView';
import { Region } from '../../components/Region';
import { useTRPC, useTRPCClient } from '../../trpc/trpc';
import { FeedTable } from './FeedTable';
import { feedsOf, type FeedTarget } from './feedTarget';
import { NewFeedAddress } from './NewFeedAddress';
import { SubscribeHelp } from './SubscribeHelp';

const noPaths: ReadonlySet<string> = new Set();

/**
 * "Agenda abonneren": makes an address a calendar application subscribes to (shown once), says how to add it in
 * Outlook, Google and Apple, and lists the person's addresses for this target with their revoke buttons.
 */
export function CalendarSubscriptions({ target }: { target: FeedTarget }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  const describeFailure = useDescribeFailure();
  const [problem, setProblem] = useState<Problem | null>(null);
  const feeds = useQuery(trpc.calendars.mine.queryOptions());
  const create = useMutation({
    mutationFn: () =>
      target.scope === 'person'
        ? client.calendars.createMine.mutate()
        : client.calendars.createForCycle.mutate({ programmeId: target.programmeId, number: target.number }),
    onSuccess: async () => {
      setProblem(null);
      await queryClient.invalidateQueries(trpc.calendars.pathFilter());
    },
    onError: (error) => setProblem(describeFailure(error, noPaths).problem),
  });
  // The new address stays in view until it is revoked.
  const created =
    create.data && !feeds.data?.some((feed) => feed.id === create.data.id && feed.revokedAt !== null)
      ? create.data
      : undefined;
  return (
    <Region id={`calendar-subscriptions-${target.scope}`} title={t('calendars.title')}>
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {t(target.scope === 'person' ? 'calendars.introMine' : 'calendars.introCycle')}
        </Text>
        <FormProblem problem={problem} />
        {created && <NewFeedAddress url={created.url} webcal={created.webcal} />}
        <Group>
          <Button variant="light" loading={create.isPending} onClick={() => create.mutate()}>
            {t('calendars.create')}
          </Button>
        </Group>
        <SubscribeHelp />
        <QueryView
          query={feeds}
          loadingLabel={t('calendars.loading')}
          empty={t('calendars.empty')}
          isEmpty={(all) => feedsOf(all, target).length === 0}
        >
          {(all) => <FeedTable feeds={feedsOf(all, target)} />}
        </QueryView>
      </Stack>
    </Region>
  );
}
