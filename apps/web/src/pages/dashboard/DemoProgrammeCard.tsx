import { useState } from 'react';
import { Button, Card, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { FormProblem, useDescribeFailure, type Problem } from '../../components/FormProblem';
import { errorCode } from '../../errors/describeError';
import { useCan } from '../../session/permissions';
import type { RouterOutputs } from '@leercyclus/api';
import { useTRPC, useTRPCClient } from '../../trpc/trpc';
import { DemoSignIns } from './DemoSignIns';

const noPaths: ReadonlySet<string> = new Set();
/** How often, and how long at most, to look whether the workflow has written the demo into the record. */
const pollMs = 1000;
const waitLimitMs = 60_000;

/** Resolves once the record shows the programme's cycle and its overdue checkpoint, or after the wait limit. */
async function untilRecorded(client: ReturnType<typeof useTRPCClient>, programmeId: string): Promise<void> {
  for (let attempt = 0; attempt < waitLimitMs / pollMs; attempt += 1) {
    const [listed, overdue] = await Promise.all([
      client.cycles.list.query({ programmeId, limit: 1 }),
      client.checkpoints.overdue.query({ programmeId }),
    ]);
    if (listed.length > 0 && overdue.length > 0) return;
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
}

/**
 * On an empty system (no programme, no cycle), offers the administrator the demo programme. The API answers once
 * the cycle has accepted every command; the card then waits until the record, which the lists read, shows the
 * cycle and its overdue checkpoint, and refreshes the dashboard, so the user sees the demo without reloading.
 */
export function DemoProgrammeCard() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  const describeFailure = useDescribeFailure();
  const allowed = useCan()('demo.load');
  const [waiting, setWaiting] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  // How to sign in as the demo's people: shown once, after the load, until the page is left.
  const [signIns, setSignIns] = useState<RouterOutputs['demo']['load']['people'] | null>(null);

  const programmes = useQuery(trpc.programmes.list.queryOptions(undefined, { enabled: allowed }));
  const cycles = useQuery(trpc.cycles.list.queryOptions({ limit: 1 }, { enabled: allowed }));

  const load = useMutation(
    trpc.demo.load.mutationOptions({
      // The mutation stays pending while this waits, so the button keeps its progress until the demo shows.
      onSuccess: async (loaded) => {
        setProblem(null);
        setWaiting(true);
        await untilRecorded(client, loaded.programmeId).catch(() => undefined);
        setWaiting(false);
        setSignIns(loaded.people);
        await queryClient.invalidateQueries();
        notifications.show({
          color: 'teal',
          message: t('demo.loaded', {
            sessions: loaded.sessionsRecorded,
            questions: loaded.questions,
            cases: loaded.cases.length,
          }),
        });
      },
      onError: (error) => {
        if (errorCode(error) !== 'CONFLICT') return setProblem(describeFailure(error, noPaths).problem);
        setProblem({ title: t('demo.failed'), lines: [t('demo.notEmpty')] });
        // Someone else filled the system meanwhile: the dashboard shows what it holds now.
        void queryClient.invalidateQueries();
      },
    }),
  );

  const empty = programmes.data?.length === 0 && cycles.data?.length === 0;
  if (!allowed) return null;
  if (signIns) return <DemoSignIns people={signIns} />;
  // Refused because the system filled meanwhile: only the reason stays, above what the system now holds.
  if (!empty && !load.isPending) return problem ? <FormProblem problem={problem} /> : null;

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="dashboard-demo">
      <Stack gap="sm" align="flex-start">
        <Title order={3} size="h4" id="dashboard-demo">
          {t('demo.title')}
        </Title>
        <Text size="sm">{t('demo.intro')}</Text>
        <FormProblem problem={problem} />
        {load.isPending && (
          <Group gap="sm" role="status">
            <Loader size="sm" aria-hidden />
            <Text size="sm">{waiting ? t('demo.waiting') : t('demo.loading')}</Text>
          </Group>
        )}
        <Button onClick={() => load.mutate()} loading={load.isPending} disabled={!empty}>
          {t('demo.load')}
        </Button>
      </Stack>
    </Card>
  );
}
