import { z } from 'zod';

/**
 * How a person wants their e-mail: each message as it comes, the non-mandatory ones together in one message a
 * day, or only what is mandatory. A mandatory message goes out at once whatever the choice.
 */
export const mailDeliveries = ['immediately', 'dailyDigest', 'mandatoryOnly'] as const;
export const mailDeliverySchema = z.enum(mailDeliveries, {
  error: () => 'expected immediately, dailyDigest or mandatoryOnly',
});
export type MailDelivery = z.infer<typeof mailDeliverySchema>;

/** Until a person chooses, every message goes out as it comes. */
export const defaultMailDelivery: MailDelivery = 'immediately';

/** When the daily digest is put together: 08:00 in the programmes' time zone. */
export const dailyDigestHour = 8;

/**
 * Where a message stands: queued (waiting to be sent, or for the daily digest), sent (the mail server accepted
 * it), failed (refused for good, or given up on) or skipped (its recipient wants only mandatory messages).
 */
export const messageStates = ['queued', 'sent', 'failed', 'skipped'] as const;
export type MessageState = (typeof messageStates)[number];

/** A message's state as the panel shows it beside what caused it. */
export const messageStatusSchema = z.object({
  state: z.enum(messageStates),
  /** When it was queued, or sent, or failed or was skipped. */
  at: z.string(),
  /** Why it failed or was skipped; while queued, what the last attempt ran into. */
  reason: z.string().nullable(),
  /** It waits for, or went out in, the recipient's daily digest. */
  inDigest: z.boolean(),
});
export type MessageStatus = z.infer<typeof messageStatusSchema>;
