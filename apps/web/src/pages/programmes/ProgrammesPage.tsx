import { useState } from 'react';
import { Anchor, Button, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ColumnHeaders } from '../../components/ColumnHeaders';
import { Page } from '../../components/Page';
import { QueryView } from '../../components/QueryView';
import { usePersonName } from '../../format/people';
import { useCan } from '../../session/permissions';
import { useTRPC } from '../../trpc/trpc';
import { programmePath } from '../paths';
import { AddProgrammeModal } from './AddProgrammeModal';

/** `/programmas`: the programmes the person belongs to; a project leader or administrator sets up a new one. */
export function ProgrammesPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const can = useCan();
  const personName = usePersonName();
  const programmes = useQuery(trpc.programmes.list.queryOptions());
  const [adding, setAdding] = useState(false);
  return (
    <Page
      title={t('programmes.title')}
      action={
        can('programmes.create') && <Button onClick={() => setAdding(true)}>{t('programmes.add')}</Button>
      }
    >
      <Text size="sm" c="dimmed">
        {t('programmes.intro')}
      </Text>
      <QueryView query={programmes} loadingLabel={t('programmes.loading')} empty={t('programmes.empty')}>
        {(all) => (
          <Table.ScrollContainer minWidth={640}>
            <Table verticalSpacing="sm" striped>
              <Table.Caption>{t('programmes.caption')}</Table.Caption>
              <ColumnHeaders
                labels={[
                  t('programmes.name'),
                  t('programmes.projectLeader'),
                  t('programmes.districts'),
                  t('programmes.managementTable'),
                ]}
              />
              <Table.Tbody>
                {all.map((programme) => (
                  <Table.Tr key={programme.id}>
                    <Table.Th scope="row" fw={500}>
                      <Anchor component={Link} to={programmePath(programme.id)} size="sm">
                        {programme.name}
                      </Anchor>
                    </Table.Th>
                    <Table.Td>{personName(programme.projectLeader)}</Table.Td>
                    <Table.Td>{programme.districts.join(', ')}</Table.Td>
                    <Table.Td>{programme.managementTable}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </QueryView>
      {adding && <AddProgrammeModal onClose={() => setAdding(false)} />}
    </Page>
  );
}
