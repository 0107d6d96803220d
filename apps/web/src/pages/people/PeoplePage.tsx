import { useState } from 'react';
import { Alert, Anchor, Badge, Button, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ColumnHeaders } from '../../components/ColumnHeaders';
import { Page } from '../../components/Page';
import { QueryView } from '../../components/QueryView';
import { useCan } from '../../session/permissions';
import { useTRPC } from '../../trpc/trpc';
import { personPath } from '../paths';
import { AddPersonModal } from './AddPersonModal';

/** `/mensen`: everyone who uses the system, for the administrator, who adds people and opens each one's page. */
export function PeoplePage() {
  const { t } = useTranslation();
  const can = useCan();
  const [adding, setAdding] = useState(false);
  const allowed = can('people.list');
  return (
    <Page
      title={t('people.title')}
      action={allowed && <Button onClick={() => setAdding(true)}>{t('people.add')}</Button>}
    >
      <Text size="sm" c="dimmed">
        {t('people.intro')}
      </Text>
      {allowed ? <PeopleTable /> : <Alert color="yellow">{t('people.notAllowed')}</Alert>}
      {adding && <AddPersonModal onClose={() => setAdding(false)} />}
    </Page>
  );
}

function PeopleTable() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const people = useQuery(trpc.people.list.queryOptions());
  return (
    <QueryView query={people} loadingLabel={t('people.loading')} empty={t('people.empty')}>
      {(all) => (
        <Table.ScrollContainer minWidth={720}>
          <Table verticalSpacing="sm" striped highlightOnHover>
            <Table.Caption>{t('people.caption')}</Table.Caption>
            <ColumnHeaders
              labels={[t('people.name'), t('people.email'), t('people.organisation'), t('people.status')]}
            />
            <Table.Tbody>
              {[...all]
                .sort((a, b) => a.name.localeCompare(b.name, 'nl'))
                .map((person) => (
                  <Table.Tr key={person.id}>
                    <Table.Th scope="row" fw={500}>
                      <Anchor component={Link} to={personPath(person.id)} size="sm">
                        {person.name}
                      </Anchor>
                    </Table.Th>
                    <Table.Td>{person.email}</Table.Td>
                    <Table.Td>{person.organisation}</Table.Td>
                    <Table.Td>
                      <ActiveBadge active={person.active} />
                    </Table.Td>
                  </Table.Tr>
                ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </QueryView>
  );
}

export function ActiveBadge({ active }: { active: boolean }) {
  const { t } = useTranslation();
  return (
    <Badge color={active ? 'teal' : 'gray'} variant="light">
      {active ? t('people.active') : t('people.inactive')}
    </Badge>
  );
}
