import type { SendMailOptions } from 'nodemailer';
import { mailPreferencesPath, messageContent, unsubscribePath } from '@leercyclus/domain';
import type { MailSettings } from '@leercyclus/config';
import { invitationEvent } from './invitation.js';
import { renderHtml, renderText } from './render.js';

export interface Addressed {
  kind: string;
  payload: unknown;
  /** The Message-ID header, from the message's cause. */
  messageId: string;
  recipient: { name: string; email: string };
  /** The token of the unsubscribe link of a message that is not mandatory; null for a mandatory one. */
  unsubscribeToken: string | null;
}

/**
 * The e-mail of a kept message, as nodemailer sends it: what its kind says, addressed to the recipient by name,
 * in Dutch text and HTML, with its stable Message-ID; a message that is not mandatory carries its unsubscribe
 * link in the footer and as List-Unsubscribe with one-click unsubscribe (RFC 8058).
 */
export function composeMail(
  message: Addressed,
  settings: Pick<MailSettings, 'from' | 'publicUrl'>,
): SendMailOptions {
  const content = messageContent(message.kind, message.payload);
  const unsubscribeUrl =
    message.unsubscribeToken === null
      ? null
      : new URL(unsubscribePath(message.unsubscribeToken), settings.publicUrl).href;
  const addressing = {
    recipientName: message.recipient.name,
    publicUrl: settings.publicUrl,
    unsubscribeUrl,
    preferencesUrl: new URL(mailPreferencesPath, settings.publicUrl).href,
  };
  return {
    from: settings.from,
    to: { name: message.recipient.name, address: message.recipient.email },
    subject: content.subject,
    text: renderText(content, addressing),
    html: renderHtml(content, addressing),
    messageId: message.messageId,
    headers: {
      // No out-of-office replies to a system's mail.
      'Auto-Submitted': 'auto-generated',
      ...(unsubscribeUrl === null
        ? {}
        : {
            'List-Unsubscribe': `<${unsubscribeUrl}>`,
            'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
          }),
    },
    ...(content.attachments ? { attachments: content.attachments } : {}),
    ...(content.calendarEvent ? { icalEvent: content.calendarEvent } : {}),
    ...(content.invitation
      ? { icalEvent: invitationEvent(content.invitation, settings, message.recipient) }
      : {}),
  };
}
