import { useState } from 'react';
import { Badge, Button, Stack, Table } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ColumnHeaders } from '../../components/ColumnHeaders';
import { FormProblem, useDescribeFailure, type Problem } from '../../components/FormProblem';
import { formatDateTime, programmeTimeZone, useLocale } from '../../format/dates';
import { useTRPC, useTRPCClient } from '../../trpc/trpc';
import type { Feed } from './feedTarget';

const noPaths: ReadonlySet<string> = new Set();

/** The person's feeds with when a calendar last fetched each; one still in force can be revoked. */
export function FeedTable({ feeds }: { feeds: Feed[] }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const client = useTRPCClient();
  const locale = useLocale();
  const queryClient = useQueryClient();
  const describeFailure = useDescribeFailure();
  const [problem, setProblem] = useState<Problem | null>(null);
  const at = (iso: string | null) =>
    iso ? formatDateTime(iso, programmeTimeZone, locale) : t('calendars.never');
  const revoke = useMutation({
    mutationFn: (feed: Feed) => client.calendars.revoke.mutate({ feedId: feed.id }),
    onSuccess: async () => {
      setProblem(null);
      notifications.show({ color: 'teal', message: t('calendars.revoked') });
      await queryClient.invalidateQueries(trpc.calendars.pathFilter());
    },
    onError: (error) => setProblem(describeFailure(error, noPaths).problem),
  });
  return (
    <Stack gap="sm">
      <FormProblem problem={problem} />
      <Table.ScrollContainer minWidth={560}>
        <Table verticalSpacing="sm" striped>
          <Table.Caption>{t('calendars.caption')}</Table.Caption>
          <ColumnHeaders
            labels={[
              t('calendars.createdAt'),
              t('calendars.lastFetchedAt'),
              t('calendars.status'),
              t('memberships.actions'),
            ]}
          />
          <Table.Tbody>
            {feeds.map((feed) => (
              <Table.Tr key={feed.id}>
                <Table.Th scope="row" fw={500}>
                  {at(feed.createdAt)}
                </Table.Th>
                <Table.Td>{at(feed.lastFetchedAt)}</Table.Td>
                <Table.Td>
                  <Badge color={feed.revokedAt ? 'gray' : 'teal'} variant="light">
                    {t(feed.revokedAt ? 'calendars.revokedStatus' : 'calendars.active')}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  {!feed.revokedAt && (
                    <Button
                      size="compact-sm"
                      variant="default"
                      color="red"
                      aria-label={t('calendars.revokeLabel', { date: at(feed.createdAt) })}
                      loading={revoke.isPending && revoke.variables.id === feed.id}
                      onClick={() => revoke.mutate(feed)}
                    >
                      {t('calendars.revoke')}
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}
