import { useState } from 'react';
import { Anchor, Button, Card, List, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Programme } from '@leercyclus/domain';
import { LabelledText } from '../../components/LabelledText';
import { Page } from '../../components/Page';
import { QueryView } from '../../components/QueryView';
import { CycleStatusBadge } from '../../components/StatusBadges';
import { formatDateTime, useLocale } from '../../format/dates';
import { useCategoryLabel } from '../../format/labels';
import { usePersonName } from '../../format/people';
import { useCan } from '../../session/permissions';
import { useTRPC } from '../../trpc/trpc';
import { cyclePath, groupPath, tableInboxPath } from '../paths';
import { EditProgrammeModal } from './EditProgrammeModal';

/** `/programmas/:id`: one programme, its set-up and what runs in it: cycles, groups, its table, its figures. */
export function ProgrammePage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const trpc = useTRPC();
  const programme = useQuery(trpc.programmes.get.queryOptions({ id }));
  return (
    <QueryView query={programme} loadingLabel={t('programmes.loading')}>
      {(found) => <ProgrammeDetails programme={found} />}
    </QueryView>
  );
}

function ProgrammeDetails({ programme }: { programme: Programme }) {
  const { t } = useTranslation();
  const can = useCan();
  const personName = usePersonName();
  const categoryLabel = useCategoryLabel();
  const locale = useLocale();
  const [editing, setEditing] = useState(false);
  return (
    <Page
      title={programme.name}
      action={
        can('programmes.update', { programme: programme.id }) && (
          <Button onClick={() => setEditing(true)}>{t('programmes.edit')}</Button>
        )
      }
    >
      <Card withBorder>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <LabelledText label={t('programmes.projectLeader')}>
            {personName(programme.projectLeader)}
          </LabelledText>
          <LabelledText label={t('programmes.districts')}>{programme.districts.join(', ')}</LabelledText>
          <LabelledText label={t('programmes.managementTable')}>
            <Anchor component={Link} to={tableInboxPath(programme.managementTable)} size="sm">
              {programme.managementTable}
            </Anchor>
          </LabelledText>
          <LabelledText label={t('programmes.categories')}>
            {programme.questionCategories.map(categoryLabel).join(', ')}
          </LabelledText>
        </SimpleGrid>
        {programme.categoryRenames.length > 0 && (
          <Stack gap={4} mt="md">
            <Text size="sm" fw={600}>
              {t('programmes.renames')}
            </Text>
            <List size="sm">
              {programme.categoryRenames.map((rename, index) => (
                <List.Item key={index}>
                  {t('programmes.renameLine', {
                    from: categoryLabel(rename.from),
                    to: categoryLabel(rename.to),
                    by: personName(rename.by),
                    at: formatDateTime(rename.at, 'Europe/Amsterdam', locale),
                  })}
                </List.Item>
              ))}
            </List>
          </Stack>
        )}
      </Card>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <ProgrammeCycles programmeId={programme.id} />
        <ProgrammeGroups programmeId={programme.id} />
      </SimpleGrid>
      {can('cases.stats', { programme: programme.id }) && <ProgrammeFigures programmeId={programme.id} />}
      {editing && <EditProgrammeModal programme={programme} onClose={() => setEditing(false)} />}
    </Page>
  );
}

function ProgrammeCycles({ programmeId }: { programmeId: string }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const cycles = useQuery(trpc.cycles.list.queryOptions());
  return (
    <Card withBorder>
      <Title order={3} size="h4" mb="xs">
        {t('programmes.cycles')}
      </Title>
      <QueryView query={cycles} loadingLabel={t('programmes.loading')}>
        {(all) => {
          const mine = all.filter((cycle) => cycle.programmeId === programmeId);
          if (mine.length === 0) return <Text size="sm">{t('programmes.noCycles')}</Text>;
          return (
            <List size="sm" spacing={4}>
              {mine.map((cycle) => (
                <List.Item key={cycle.number}>
                  <Anchor component={Link} to={cyclePath(cycle.programmeId, cycle.number)} size="sm">
                    {t('programmes.cycleLine', { number: cycle.number, title: cycle.title })}
                  </Anchor>{' '}
                  <CycleStatusBadge status={cycle.status} />
                </List.Item>
              ))}
            </List>
          );
        }}
      </QueryView>
    </Card>
  );
}

function ProgrammeGroups({ programmeId }: { programmeId: string }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const groups = useQuery(trpc.groups.list.queryOptions());
  return (
    <Card withBorder>
      <Title order={3} size="h4" mb="xs">
        {t('programmes.groups')}
      </Title>
      <QueryView query={groups} loadingLabel={t('programmes.loading')}>
        {(all) => {
          const mine = all.filter((group) => group.programmeId === programmeId);
          if (mine.length === 0) return <Text size="sm">{t('programmes.noGroups')}</Text>;
          return (
            <List size="sm" spacing={4}>
              {mine.map((group) => (
                <List.Item key={group.slug}>
                  <Anchor component={Link} to={groupPath(group.slug)} size="sm">
                    {group.question}
                  </Anchor>
                </List.Item>
              ))}
            </List>
          );
        }}
      </QueryView>
    </Card>
  );
}

/** The programme's case figures: how many cases, how many closed, the cost they avoided. */
function ProgrammeFigures({ programmeId }: { programmeId: string }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const locale = useLocale();
  const stats = useQuery(trpc.cases.stats.queryOptions({ programmeId }));
  const euros = (amount: number) =>
    new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(
      amount,
    );
  return (
    <Card withBorder>
      <Title order={3} size="h4" mb="xs">
        {t('programmes.figures')}
      </Title>
      <QueryView query={stats} loadingLabel={t('programmes.loading')}>
        {(figures) => (
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <LabelledText label={t('programmes.casesCount')}>{String(figures.cases)}</LabelledText>
            <LabelledText label={t('programmes.closedCases')}>
              {String(figures.avoidedCost.closedCases)}
            </LabelledText>
            <LabelledText label={t('programmes.avoidedCost')}>
              {euros(figures.avoidedCost.totalEur)}
            </LabelledText>
          </SimpleGrid>
        )}
      </QueryView>
    </Card>
  );
}
