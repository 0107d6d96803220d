import { Anchor, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { QueryView } from '../../components/QueryView';
import { Region } from '../../components/Region';
import { formatDateTime, programmeTimeZone, useLocale } from '../../format/dates';
import { useSignedIn } from '../../session/Session';
import { useTRPC } from '../../trpc/trpc';
import { cyclePath } from '../paths';
import { SummaryTable } from './SummaryTable';

/** The roles whose tasks hold the questions that lie still: they reformulate, escalate or close them. */
const keepers: readonly string[] = ['monitor', 'projectLeader'];

/** The dashboard's tasks of monitors and project leaders: questions that lie still ("blijft liggen"). */
export function StaleQuestions() {
  const { t } = useTranslation();
  const { memberships } = useSignedIn();
  const programmes = memberships
    .filter((m) => m.scope === 'programme' && keepers.includes(m.role))
    .map((m) => m.scopeId);
  if (programmes.length === 0) return null;
  return (
    <Region id="dashboard-stale" title={t('stale.dashboardTitle')}>
      <StaleList programmes={programmes} />
    </Region>
  );
}

function StaleList({ programmes }: { programmes: string[] }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const locale = useLocale();
  const stale = useQuery(trpc.agenda.stale.queryOptions({}));
  return (
    <QueryView
      query={stale}
      loadingLabel={t('stale.loading')}
      isEmpty={(all) => !all.some((q) => programmes.includes(q.programmeId))}
      empty={t('stale.empty')}
    >
      {(all) => {
        const mine = all.filter((q) => programmes.includes(q.programmeId));
        return (
          <SummaryTable
            caption={t('stale.caption', { count: mine.length })}
            columns={[t('stale.question'), t('stale.cycle'), t('stale.sinceColumn')]}
          >
            {mine.map((q) => (
              <Table.Tr key={`${q.cycleId}#${q.number}`}>
                <Table.Td>
                  <Anchor component={Link} to={cyclePath(q.programmeId, q.cycleNumber, 'agenda')} size="sm">
                    {q.number}. {q.text}
                  </Anchor>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">
                    {t('stale.cycleLabel', { programme: q.programmeId, number: q.cycleNumber })}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">
                    {formatDateTime(q.lastChangeAt, programmeTimeZone, locale)} ·{' '}
                    {t(`stale.reason.${q.reason}`)}
                  </Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </SummaryTable>
        );
      }}
    </QueryView>
  );
}
