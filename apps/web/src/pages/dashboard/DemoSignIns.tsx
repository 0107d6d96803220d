import { Card, Code, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RouterOutputs } from '@leercyclus/api';
import { ColumnHeaders } from '../../components/ColumnHeaders';
import { useMembershipLabels } from '../../format/memberships';

type DemoPerson = RouterOutputs['demo']['load']['people'][number];

/** The demo's people, their roles and the passwords the demo gave them: shown this once, after the load. */
export function DemoSignIns({ people }: { people: DemoPerson[] }) {
  const { t } = useTranslation();
  const labels = useMembershipLabels();
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="dashboard-demo-sign-ins">
      <Stack gap="sm">
        <Title order={3} size="h4" id="dashboard-demo-sign-ins">
          {t('demo.signInsTitle')}
        </Title>
        <Text size="sm">{t('demo.signInsIntro')}</Text>
        <Table.ScrollContainer minWidth={640}>
          <Table verticalSpacing="xs" striped>
            <Table.Caption>{t('demo.signInsCaption')}</Table.Caption>
            <ColumnHeaders
              labels={[t('demo.person'), t('demo.email'), t('demo.roles'), t('demo.password')]}
            />
            <Table.Tbody>
              {people.map((person) => (
                <Table.Tr key={person.id}>
                  <Table.Th scope="row" fw={500}>
                    {person.name}
                  </Table.Th>
                  <Table.Td>{person.email}</Table.Td>
                  <Table.Td>
                    {person.memberships
                      .map((membership) => {
                        const label = labels(membership);
                        return `${label.role} (${label.scope})`;
                      })
                      .join(', ')}
                  </Table.Td>
                  <Table.Td>
                    {person.password ? <Code>{person.password}</Code> : t('demo.ownPassword')}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Stack>
    </Card>
  );
}
