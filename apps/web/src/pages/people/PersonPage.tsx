import { useState } from 'react';
import { Alert, Button, Card, Stack } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { RouterOutputs } from '@leercyclus/api';
import { DetailHeader, DetailPage } from '../../components/DetailPage';
import { Region } from '../../components/Region';
import { useCan } from '../../session/permissions';
import { useAuthMode } from '../../session/useAuthMode';
import { useTRPC } from '../../trpc/trpc';
import { ActivationModal } from './ActivationModal';
import { MembershipsPanel } from './MembershipsPanel';
import { PasswordForm } from './PasswordForm';
import { PersonDetailsForm } from './PersonDetailsForm';
import { PersonTokens } from './PersonTokens';
import { ActiveBadge } from './PeoplePage';

type PersonWithMemberships = RouterOutputs['people']['get'];

/** `/mensen/:personId`: one person — their details, their roles per scope, their password, whether active. */
export function PersonPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const can = useCan();
  const { personId } = useParams();
  const allowed = can('people.list');
  const person = useQuery(
    trpc.people.get.queryOptions({ id: personId ?? '' }, { enabled: allowed && personId !== undefined }),
  );
  useDocumentTitle(`${person.data?.person.name ?? t('people.title')} · ${t('app.name')}`);
  if (!allowed) return <Alert color="yellow">{t('people.notAllowed')}</Alert>;
  return (
    <DetailPage
      back={{ to: '/mensen', label: t('people.back') }}
      invalidAddress={personId ? null : t('people.notFound')}
      query={person}
      loadingLabel={t('people.pageLoading')}
      notFoundText={t('people.notFound')}
    >
      {(data) => <PersonDetails {...data} />}
    </DetailPage>
  );
}

function PersonDetails({ person, memberships }: PersonWithMemberships) {
  const { t } = useTranslation();
  const { mode } = useAuthMode();
  const [activating, setActivating] = useState(false);
  return (
    <Stack gap="lg">
      <DetailHeader
        title={person.name}
        badge={<ActiveBadge active={person.active} />}
        subtitle={`${person.email} · ${person.organisation}`}
        actions={
          <Button
            variant={person.active ? 'light' : 'default'}
            color={person.active ? 'red' : undefined}
            onClick={() => setActivating(true)}
          >
            {person.active ? t('people.deactivate') : t('people.activate')}
          </Button>
        }
      />
      <Region id="person-details" title={t('people.details')}>
        <Card withBorder>
          <PersonDetailsForm key={`${person.name}/${person.email}/${person.organisation}`} person={person} />
        </Card>
      </Region>
      <Region id="person-memberships" title={t('memberships.title')}>
        <MembershipsPanel person={person} memberships={memberships} />
      </Region>
      <Region id="person-password" title={t('people.password')}>
        <Card withBorder>
          {mode === 'local' ? (
            <PasswordForm person={person} />
          ) : (
            <Alert color="gray">{t('people.passwordElsewhere')}</Alert>
          )}
        </Card>
      </Region>
      <Region id="person-tokens" title={t('tokens.ofPerson')}>
        <PersonTokens person={person} />
      </Region>
      {activating && <ActivationModal person={person} onClose={() => setActivating(false)} />}
    </Stack>
  );
}
