import type { ReactNode } from 'react';
import { Alert, Group, Stack, Title, type StackProps } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../session/CurrentUser';

interface SignedInPageProps {
  title: string;
  /** The page's button beside its title. */
  action?: ReactNode;
  /** What is said instead of the page until someone signs in. */
  notSignedIn: string;
  gap?: StackProps['gap'];
  children: ReactNode;
}

/** A page for the signed-in user: its title and action on top, then its content or a prompt to sign in. */
export function SignedInPage({ title, action, notSignedIn, gap = 'md', children }: SignedInPageProps) {
  const { t } = useTranslation();
  const { userId } = useCurrentUser();
  useDocumentTitle(`${title} · ${t('app.name')}`);
  return (
    <Stack gap={gap}>
      <Group justify="space-between">
        <Title order={2}>{title}</Title>
        {action}
      </Group>
      {userId === null ? <Alert color="blue">{notSignedIn}</Alert> : children}
    </Stack>
  );
}
