import { Alert, Anchor, Button, Code, CopyButton, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** A new feed's address, shown this once: a link into the device's calendar app, and the address to paste. */
export function NewFeedAddress({ url, webcal }: { url: string; webcal: string }) {
  const { t } = useTranslation();
  return (
    <Alert color="teal" title={t('calendars.createdTitle')}>
      <Stack gap="xs">
        <Text size="sm">{t('calendars.createdText')}</Text>
        <Group gap="sm" wrap="nowrap">
          <Code block style={{ flex: 1, wordBreak: 'break-all' }} data-testid="new-feed-url">
            {url}
          </Code>
          <CopyButton value={url}>
            {({ copied, copy }) => (
              <Button size="xs" variant={copied ? 'filled' : 'light'} onClick={copy}>
                {copied ? t('calendars.copied') : t('calendars.copy')}
              </Button>
            )}
          </CopyButton>
        </Group>
        <Anchor href={webcal} size="sm">
          {t('calendars.openInApp')}
        </Anchor>
      </Stack>
    </Alert>
  );
}
