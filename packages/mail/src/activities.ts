import { ApplicationFailure, Context } from '@temporalio/activity';
import type { MailSettings } from '@leercyclus/config';
import {
  createUnsubscribeLink,
  markFailed,
  markSent,
  messagesToSend,
  noteRetry,
  outgoingMessage,
  startAttempt,
  type Db,
} from '@leercyclus/db';
import { composeMail } from './compose.js';
import { messageIdFor } from './messageId.js';
import { classifySmtpError } from './smtpErrors.js';
import type { Mailer } from './transport.js';

/** How many messages one delivery run takes on; the next run takes the rest. */
const batchSize = 100;
/** A message the mail server keeps turning away for a passing reason is given up on this long after it was queued. */
const giveUpAfterMs = 24 * 3_600_000;
/** How often a send in progress tells Temporal its worker is alive: a killed worker's send is retried soon. */
const heartbeatMs = 2_000;

/** Sent now, or settled already (sent, failed or skipped before this attempt came). */
export type SendOutcome = 'sent' | 'settled';

/** A failure the message cannot get past: recorded as failed, and not retried. */
function refused(reason: string): ApplicationFailure {
  return ApplicationFailure.nonRetryable(reason, 'MailRefused');
}

/** Runs the send while telling Temporal, every couple of seconds, that this worker is still at it. */
async function whileBeating<T>(work: Promise<T>): Promise<T> {
  const context = Context.current();
  const beat = setInterval(() => context.heartbeat(), heartbeatMs);
  try {
    return await work;
  } finally {
    clearInterval(beat);
  }
}

/**
 * The delivery activities the worker registers: which messages to send now, and sending one. A message is
 * marked sent or failed only after the mail server's answer; an attempt that dies before it (a killed worker)
 * leaves the message queued, and Temporal's retry sends it again with the same Message-ID.
 */
export function createMailActivities(db: Db, mailer: Mailer | undefined, settings: MailSettings) {
  return {
    /** Settles skipped messages and today's digests, then names the messages to send now, oldest first. */
    messagesToSend: (at: string): Promise<string[]> => messagesToSend(db, new Date(at), batchSize),

    sendMessage: async (id: string): Promise<SendOutcome> => {
      const message = await outgoingMessage(db, id);
      if (!message || message.state !== 'queued') return 'settled';
      const { recipient } = message;
      if (!recipient?.active) {
        const why = recipient
          ? `${recipient.name} is niet meer actief`
          : 'de ontvanger staat niet in het register';
        await markFailed(db, id, why, new Date());
        throw refused(why);
      }
      if (!mailer) {
        const why = 'er is geen mailserver ingesteld (SMTP_URL)';
        await noteRetry(db, id, why);
        throw ApplicationFailure.retryable(why, 'MailNotSent');
      }
      const header = messageIdFor(id, settings.domain);
      if (!(await startAttempt(db, id, header, new Date()))) return 'settled';
      const unsubscribeToken = message.mandatory ? null : await createUnsubscribeLink(db, recipient.id, id);
      const mail = composeMail(
        { kind: message.kind, payload: message.payload, messageId: header, recipient, unsubscribeToken },
        settings,
      );
      let response: string;
      try {
        ({ response } = await whileBeating(mailer.send(mail)));
      } catch (error) {
        const failure = classifySmtpError(error);
        const given = Date.now() - message.queuedAt.getTime() > giveUpAfterMs;
        if (failure.permanent || given) {
          const why = failure.permanent ? failure.reason : `opgegeven na een dag proberen: ${failure.reason}`;
          await markFailed(db, id, why, new Date());
          throw refused(why);
        }
        await noteRetry(db, id, failure.reason);
        throw ApplicationFailure.retryable(failure.reason, 'MailNotSent');
      }
      await markSent(db, id, response, new Date());
      return 'sent';
    },
  };
}
