import nodemailer, { type SendMailOptions } from 'nodemailer';

/** What sending a message needs of a mail server: the SMTP server's answer once it has accepted the message. */
export interface Mailer {
  send(mail: SendMailOptions): Promise<{ response: string }>;
  close(): void;
}

/**
 * A mailer on the SMTP server of SMTP_URL: a connection per message (a restarted server costs nothing), with
 * timeouts well inside the send activity's, so a server that stops answering is an error, not a hung activity.
 */
export function smtpMailer(smtpUrl: URL): Mailer {
  const transport = nodemailer.createTransport({
    url: smtpUrl.href,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  });
  return {
    send: async (mail) => {
      const info = await transport.sendMail(mail);
      return { response: info.response };
    },
    close: () => transport.close(),
  };
}
