import type { ReactNode } from 'react';
import { Alert, Stack, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { useSignedIn } from '../../session/Session';
import { useCan, type Procedure } from '../../session/permissions';

interface LaunchPageProps {
  title: string;
  /** What the person must be allowed to do (in some programme) to see the wizard. */
  procedure: Procedure;
  /** What those who are not allowed read instead. */
  notAllowed: string;
  /** The wizard, for the person who launches. */
  children: (launchedBy: string) => ReactNode;
}

/** The page of a launch wizard: its title, and the wizard for those allowed to launch somewhere. */
export function LaunchPage({ title, procedure, notAllowed, children }: LaunchPageProps) {
  const { t } = useTranslation();
  const { person } = useSignedIn();
  const can = useCan();
  useDocumentTitle(`${title} · ${t('app.name')}`);

  return (
    <Stack gap="md" maw={980}>
      <Title order={2}>{title}</Title>
      {can(procedure) ? children(person.id) : <Alert color="yellow">{notAllowed}</Alert>}
    </Stack>
  );
}
