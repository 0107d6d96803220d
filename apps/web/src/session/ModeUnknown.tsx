import { Alert, Button, Container, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** The API did not say how to sign in (it is away, or a proxy answered): nothing else can be shown. */
export function ModeUnknown({ onRetry }: { onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <Container size="sm" py="xl">
      <Alert color="red" title={t('errors.title')} role="alert">
        <Stack gap="sm" align="flex-start">
          <Text size="sm">{t('errors.network')}</Text>
          <Button size="xs" variant="light" onClick={onRetry}>
            {t('common.retry')}
          </Button>
        </Stack>
      </Alert>
    </Container>
  );
}
