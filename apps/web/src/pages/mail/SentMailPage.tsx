import { Alert, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { RouterOutputs } from '@leercyclus/api';
import { CardList } from '../../components/CardList';
import { Page } from '../../components/Page';
import { QueryView } from '../../components/QueryView';
import { formatDateTime, programmeTimeZone, useLocale } from '../../format/dates';
import { useTRPC } from '../../trpc/trpc';

type SinkMessage = RouterOutputs['mail']['sink']['messages'][number];

/**
 * `/verzonden-berichten`, in development: what the local mail sink received, as its recipient would see it —
 * sender, recipient, subject, date, and the HTML body in a sandboxed frame (no scripts; a link opens in this
 * tab, as from a mail client).
 */
export function SentMailPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const sink = useQuery(trpc.mail.sink.queryOptions({ limit: 100 }, { refetchInterval: 10_000 }));
  return (
    <Page title={t('sentMail.title')}>
      <Text size="sm" c="dimmed">
        {t('sentMail.intro')}
      </Text>
      <QueryView query={sink} loadingLabel={t('sentMail.loading')}>
        {({ running, messages }) =>
          !running ? (
            <Alert color="gray">{t('sentMail.notRunning')}</Alert>
          ) : (
            <CardList label={t('sentMail.listLabel')} items={messages} empty={t('sentMail.empty')}>
              {(message) => <SentMessage key={message.file} message={message} />}
            </CardList>
          )
        }
      </QueryView>
    </Page>
  );
}

/** The sink's copy has no base of its own: links open in the panel's tab, as when clicked in a mail client. */
function framed(html: string): string {
  return html.replace(/<head>/i, '<head><base target="_top">');
}

function SentMessage({ message }: { message: SinkMessage }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <Card component="li" withBorder padding="md" data-message-id={message.messageId ?? undefined}>
      <Stack gap={6}>
        <Title order={3} size="h5">
          {message.subject}
        </Title>
        <Group gap="lg">
          <Text size="sm">
            <Text span c="dimmed">
              {t('sentMail.from')}:{' '}
            </Text>
            {message.from}
          </Text>
          <Text size="sm">
            <Text span c="dimmed">
              {t('sentMail.to')}:{' '}
            </Text>
            {message.to}
          </Text>
          <Text size="sm">
            <Text span c="dimmed">
              {t('sentMail.date')}:{' '}
            </Text>
            {formatDateTime(message.date ?? message.receivedAt, programmeTimeZone, locale)}
          </Text>
        </Group>
        {message.html !== null ? (
          <iframe
            title={t('sentMail.body', { subject: message.subject })}
            sandbox="allow-top-navigation-by-user-activation"
            srcDoc={framed(message.html)}
            style={{
              width: '100%',
              height: 680,
              border: '1px solid var(--mantine-color-gray-3)',
              borderRadius: 4,
            }}
          />
        ) : (
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {message.text}
          </Text>
        )}
      </Stack>
    </Card>
  );
}
