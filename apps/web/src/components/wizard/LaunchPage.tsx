import type { ReactNode } from 'react';
import { Alert, Stack, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../session/CurrentUser';
import { useCan, type Procedure } from '../../session/permissions';
import { LoadingState } from '../QueryStates';

interface LaunchPageProps {
  title: string;
  /** What the user must be allowed to do to see the wizard. */
  procedure: Procedure;
  /** What those who are not allowed read instead. */
  notAllowed: string;
  /** The wizard, for the user who launches. */
  children: (launchedBy: string) => ReactNode;
}

/** The page of a launch wizard: its title, and the wizard for those allowed to launch once the user is known. */
export function LaunchPage({ title, procedure, notAllowed, children }: LaunchPageProps) {
  const { t } = useTranslation();
  const { userId, usersStatus } = useCurrentUser();
  const can = useCan();
  useDocumentTitle(`${title} · ${t('app.name')}`);

  return (
    <Stack gap="md" maw={980}>
      <Title order={2}>{title}</Title>
      {userId !== null && usersStatus === 'pending' ? (
        <LoadingState label={t('common.loading')} />
      ) : can(procedure) ? (
        children(userId ?? '')
      ) : (
        <Alert color="yellow">{notAllowed}</Alert>
      )}
    </Stack>
  );
}
