import { useState } from 'react';
import { Alert, Badge, Button, Group, NativeSelect, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { CaseListInput, CaseRecord, Programme } from '@leercyclus/domain';
import { ColumnHeaders } from '../../components/ColumnHeaders';
import { Page } from '../../components/Page';
import { QueryView } from '../../components/QueryView';
import { useSearchParam } from '../../components/useSearchParam';
import { scopesAllowing } from '../../session/access';
import { useSignedIn } from '../../session/Session';
import { useTRPC } from '../../trpc/trpc';
import { useCaseOptions } from './caseLabels';
import { CloseCaseModal } from './CloseCaseModal';
import { EditCaseModal } from './EditCaseModal';
import { RegisterCaseModal } from './RegisterCaseModal';

/**
 * `/casussen`: a programme's pseudonymised cases, for its monitors and project leader: register one, change it,
 * close it with what was done instead, and narrow the list by district, status and age group.
 */
export function CasesPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const signedIn = useSignedIn();
  const programmes = useQuery(trpc.programmes.list.queryOptions());
  const [chosen, choose] = useSearchParam('programma');
  const allowed = new Set(scopesAllowing(signedIn, 'cases.list', 'programme'));
  const mine = (programmes.data ?? []).filter((programme) => allowed.has(programme.id));
  const programme = mine.find((candidate) => candidate.id === chosen) ?? mine[0];
  return (
    <Page title={t('cases.title')}>
      <Text size="sm" c="dimmed">
        {t('cases.intro')}
      </Text>
      <QueryView query={programmes} loadingLabel={t('cases.loading')}>
        {() =>
          programme ? (
            <>
              <NativeSelect
                label={t('cases.programme')}
                data={mine.map((candidate) => ({ value: candidate.id, label: candidate.name }))}
                value={programme.id}
                onChange={(event) => choose(event.currentTarget.value)}
                w="fit-content"
              />
              <ProgrammeCases key={programme.id} programme={programme} />
            </>
          ) : (
            <Alert color="yellow">{t('cases.notAllowed')}</Alert>
          )
        }
      </QueryView>
    </Page>
  );
}

type Filters = Omit<CaseListInput, 'programmeId'>;

function ProgrammeCases({ programme }: { programme: Programme }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const options = useCaseOptions();
  const [filters, setFilters] = useState<Filters>({});
  const [registering, setRegistering] = useState(false);
  const [editing, setEditing] = useState<CaseRecord | null>(null);
  const [closing, setClosing] = useState<CaseRecord | null>(null);
  const cases = useQuery(trpc.cases.list.queryOptions({ programmeId: programme.id, ...filters }));
  const all = t('cases.all');
  const filter = <Key extends keyof Filters>(key: Key, value: string) =>
    setFilters((current) => ({ ...current, [key]: value === '' ? undefined : value }));
  const label = (list: { value: string; label: string }[], code: string) =>
    list.find((option) => option.value === code)?.label ?? code;
  return (
    <>
      <Group align="flex-end" justify="space-between">
        <Group align="flex-end">
          <NativeSelect
            label={t('cases.district')}
            data={[{ value: '', label: all }, ...programme.districts]}
            value={filters.district ?? ''}
            onChange={(event) => filter('district', event.currentTarget.value)}
          />
          <NativeSelect
            label={t('cases.status')}
            data={[
              { value: '', label: all },
              { value: 'open', label: t('cases.open') },
              { value: 'closed', label: t('cases.closed') },
            ]}
            value={filters.status ?? ''}
            onChange={(event) => filter('status', event.currentTarget.value)}
          />
          <NativeSelect
            label={t('cases.ageGroup')}
            data={[{ value: '', label: all }, ...options.ageGroups]}
            value={filters.ageGroup ?? ''}
            onChange={(event) => filter('ageGroup', event.currentTarget.value)}
          />
        </Group>
        <Button onClick={() => setRegistering(true)}>{t('cases.register')}</Button>
      </Group>
      <QueryView query={cases} loadingLabel={t('cases.loading')} empty={t('cases.empty')}>
        {(records) => (
          <Table.ScrollContainer minWidth={880}>
            <Table verticalSpacing="sm" striped>
              <Table.Caption>
                {t('cases.caption', { count: records.length, programme: programme.name })}
              </Table.Caption>
              <ColumnHeaders
                labels={[
                  t('cases.code'),
                  t('cases.district'),
                  t('cases.ageGroup'),
                  t('cases.noveltyLabel'),
                  t('cases.counterfactual'),
                  t('cases.doneInsteadLabel'),
                  t('cases.status'),
                  t('cases.actions'),
                ]}
              />
              <Table.Tbody>
                {records.map((record) => (
                  <Table.Tr key={record.code} data-case={record.code}>
                    <Table.Th scope="row" fw={600}>
                      {record.code}
                    </Table.Th>
                    <Table.Td>{record.district}</Table.Td>
                    <Table.Td>{label(options.ageGroups, record.ageGroup)}</Table.Td>
                    <Table.Td>{label(options.novelties, record.novelty)}</Table.Td>
                    <Table.Td>{label(options.cares, record.counterfactual.care)}</Table.Td>
                    <Table.Td>
                      {record.doneInstead.map((code) => label(options.doneInstead, code)).join(', ') ||
                        t('common.none')}
                    </Table.Td>
                    <Table.Td>
                      {record.closed ? (
                        <Badge color="gray" variant="light">
                          {t('cases.closedBecause', {
                            reason: label(options.closeReasons, record.closed.reason),
                          })}
                        </Badge>
                      ) : (
                        <Badge color="blue" variant="light">
                          {t('cases.open')}
                        </Badge>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Group gap="xs" wrap="nowrap">
                        <Button
                          size="compact-sm"
                          variant="default"
                          onClick={() => setEditing(record)}
                          aria-label={t('cases.editFor', { code: record.code })}
                        >
                          {t('cases.edit')}
                        </Button>
                        {!record.closed && (
                          <Button
                            size="compact-sm"
                            variant="default"
                            onClick={() => setClosing(record)}
                            aria-label={t('cases.closeFor', { code: record.code })}
                          >
                            {t('cases.close')}
                          </Button>
                        )}
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </QueryView>
      {registering && <RegisterCaseModal programme={programme} onClose={() => setRegistering(false)} />}
      {editing && <EditCaseModal programme={programme} record={editing} onClose={() => setEditing(null)} />}
      {closing && <CloseCaseModal record={closing} onClose={() => setClosing(null)} />}
    </>
  );
}
