import { z } from 'zod';
import { publicUrl } from './publicUrl.js';

export interface MailSettings {
  /**
   * The mail server messages are sent through (SMTP_URL), e.g. `smtps://user:pass@smtp.gemeente.nl:465` or
   * `smtp://127.0.0.1:2525`; undefined when unset: messages then wait in the record until it is.
   */
  smtpUrl: URL | undefined;
  /** The sender every message carries (MAIL_FROM), as an address header: `Leercyclus <leercyclus@gemeente.nl>`. */
  from: string;
  /** The domain of MAIL_FROM's address, in which every Message-ID is made. */
  domain: string;
  /** Where links in messages point: the panel's address (PUBLIC_URL). */
  publicUrl: string;
}

const defaultMailFrom = 'Leercyclus <leercyclus@localhost>';

/** `Name <address>` or a bare address; the address's domain is what the Message-IDs are made in. */
const fromPattern = /^(?:[^<>]*<([^<>\s@]+@([^<>\s@]+))>|([^<>\s@]+@([^<>\s@]+)))$/;

const mailEnvSchema = z.object({
  SMTP_URL: z
    .string()
    .trim()
    .optional()
    .transform((raw, ctx) => {
      if (raw === undefined || raw === '') return undefined;
      const url = URL.canParse(raw) ? new URL(raw) : undefined;
      if (!url || (url.protocol !== 'smtp:' && url.protocol !== 'smtps:') || !url.hostname) {
        ctx.addIssue({
          code: 'custom',
          message:
            'SMTP_URL must be an smtp:// or smtps:// address, such as smtps://user:password@smtp.example.nl:465',
        });
        return z.NEVER;
      }
      return url;
    }),
  MAIL_FROM: z
    .string()
    .trim()
    .optional()
    .transform((raw, ctx) => {
      const from = raw || defaultMailFrom;
      const match = fromPattern.exec(from);
      if (!match) {
        ctx.addIssue({
          code: 'custom',
          message: `MAIL_FROM must be an address, such as Leercyclus <leercyclus@gemeente.nl>; got "${from}"`,
        });
        return z.NEVER;
      }
      return { from, domain: (match[2] ?? match[4]!).toLowerCase() };
    }),
});

/**
 * How the worker sends e-mail, from the environment: SMTP_URL, MAIL_FROM and PUBLIC_URL. A wrong value throws,
 * naming its variable (the password in SMTP_URL is never repeated).
 */
export function mailSettings(env: NodeJS.ProcessEnv = process.env): MailSettings {
  const parsed = mailEnvSchema.safeParse(env);
  if (!parsed.success) throw new Error(parsed.error.issues.map((issue) => issue.message).join('; '));
  const { SMTP_URL, MAIL_FROM } = parsed.data;
  return { smtpUrl: SMTP_URL, ...MAIL_FROM, publicUrl: publicUrl(env) };
}

/**
 * The folder of the local mail sink whose messages the panel's "Verzonden berichten" page shows (MAIL_SINK_DIR,
 * set by `npm start` when it runs the sink); undefined when there is none.
 */
export function mailSinkDir(env: NodeJS.ProcessEnv = process.env): string | undefined {
  return env.MAIL_SINK_DIR || undefined;
}
