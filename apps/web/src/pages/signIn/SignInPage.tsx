import { Button, Container, Divider, Paper, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { oidcStartUrl } from '../../session/signInRequests';
import { useAuthMode } from '../../session/useAuthMode';
import { DevelopmentSignIn } from './DevelopmentSignIn';
import { LocalSignInForm } from './LocalSignInForm';

/** What anyone not signed in sees, at whatever address they came to: the sign-in of this installation's mode. */
export function SignInPage() {
  const { t } = useTranslation();
  const { mode } = useAuthMode();
  useDocumentTitle(`${t('signIn.title')} · ${t('app.name')}`);
  return (
    <Container size={440} px={0} py="xl">
      <Paper withBorder p="lg" radius="md">
        <Stack gap="md">
          <Title order={2}>{t('signIn.title')}</Title>
          {mode === 'local' && <LocalSignInForm />}
          {mode === 'oidc' && <OidcSignIn />}
          {mode === 'development' && (
            <>
              <DevelopmentSignIn />
              <Divider label={t('signIn.orPassword')} labelPosition="left" />
              <LocalSignInForm />
            </>
          )}
          <Text size="sm" c="dimmed">
            {t('signIn.noAccount')}
          </Text>
        </Stack>
      </Paper>
    </Container>
  );
}

/** The organisation's identity provider signs the person in, and sends them back to the page they came to. */
function OidcSignIn() {
  const { t } = useTranslation();
  const location = useLocation();
  return (
    <Stack gap="sm">
      <Text size="sm">{t('signIn.oidcIntro')}</Text>
      <Button component="a" href={oidcStartUrl(`${location.pathname}${location.search}`)}>
        {t('signIn.oidc')}
      </Button>
    </Stack>
  );
}
