import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MessageStatus } from '@leercyclus/domain';
import { formatDateTime, useLocale } from '../format/dates';

const colours: Record<MessageStatus['state'], string> = {
  queued: 'dimmed',
  sent: 'teal.8',
  failed: 'red.8',
  skipped: 'dimmed',
};

/**
 * Where a reminder's e-mail stands, as the record says: queued, sent (only once the mail server accepted it, and
 * when), failed with the reason, or not mailed at the recipient's wish. Nothing for a reminder from before e-mail.
 */
export function MailStatusText({ status, timeZone }: { status: MessageStatus | null; timeZone: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  if (!status) return null;
  const at = formatDateTime(status.at, timeZone, locale);
  const text = {
    queued: status.inDigest
      ? t('mailStatus.queuedDigest')
      : status.reason
        ? t('mailStatus.queuedRetry', { reason: status.reason })
        : t('mailStatus.queued'),
    sent: status.inDigest ? t('mailStatus.sentDigest', { at }) : t('mailStatus.sent', { at }),
    failed: t('mailStatus.failed', { reason: status.reason ?? '' }),
    skipped: t('mailStatus.skipped'),
  }[status.state];
  return (
    <Text span size="xs" c={colours[status.state]} data-mail-state={status.state}>
      {text}
    </Text>
  );
}
