import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, jsonb, pgTable, text, type AnyPgColumn } from 'drizzle-orm/pg-core';
import type { MailDelivery, MessageState } from '@leercyclus/domain';
import { instant } from './columns.js';
import { people } from './people.js';

/**
 * Every e-mail the system sends, queued in the same transaction as its cause: the id is the cause (a reminder,
 * a digest), so a cause is mailed once. Its state says whether the mail server accepted it, and when.
 */
export const messages = pgTable(
  'messages',
  {
    /** The cause, `<kind>:<what caused it>`: `checkpointReminder:cycle/proeftuin/1#checkpoint-1/reminder-2`. */
    id: text('id').primaryKey(),
    /** The person it is for; their name and address are read when it is sent. */
    recipient: text('recipient').notNull(),
    kind: text('kind').notNull(),
    mandatory: boolean('mandatory').notNull(),
    subject: text('subject').notNull(),
    /** The facts its kind needs to say it, taken from the cause. */
    payload: jsonb('payload').notNull(),
    state: text('state').$type<MessageState>().notNull(),
    queuedAt: instant('queued_at').notNull(),
    attempts: integer('attempts').notNull().default(0),
    lastAttemptAt: instant('last_attempt_at'),
    /** The Message-ID header, the same on every attempt. */
    messageId: text('message_id'),
    /** When the mail server accepted it, and its answer. */
    sentAt: instant('sent_at'),
    serverResponse: text('server_response'),
    /** Why it failed or was skipped; while queued, what the last attempt ran into. */
    reason: text('reason'),
    /** The recipient's daily digest it waits in or went out in. */
    digestId: text('digest_id').references((): AnyPgColumn => messages.id),
    /** When it failed or was skipped. */
    settledAt: instant('settled_at'),
  },
  (t) => [
    check('messages_state', sql`${t.state} in ('queued', 'sent', 'failed', 'skipped')`),
    index('messages_queued_idx')
      .on(t.queuedAt)
      .where(sql`${t.state} = 'queued'`),
    index('messages_recipient_idx').on(t.recipient),
    index('messages_digest_idx').on(t.digestId),
  ],
);

/** How a person wants their e-mail; a person without a row gets each message as it comes. */
export const mailPreferences = pgTable(
  'mail_preferences',
  {
    personId: text('person_id')
      .primaryKey()
      .references(() => people.id, { onDelete: 'cascade' }),
    delivery: text('delivery').$type<MailDelivery>().notNull(),
    /** Whether sessions added, moved or cancelled come as e-mailed calendar invitations; off until chosen. */
    invitations: boolean('invitations').notNull().default(false),
    updatedAt: instant('updated_at').notNull(),
  },
  (t) => [
    check('mail_preferences_delivery', sql`${t.delivery} in ('immediately', 'dailyDigest', 'mandatoryOnly')`),
  ],
);

/**
 * The unsubscribe links sent in non-mandatory mail, stored as their SHA-256: each switches its person to
 * mandatory messages only, without signing in. One per sent attempt, none expiring.
 */
export const unsubscribeLinks = pgTable(
  'unsubscribe_links',
  {
    hash: text('hash').primaryKey(),
    personId: text('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    messageId: text('message_id').notNull(),
    createdAt: instant('created_at').notNull(),
  },
  (t) => [index('unsubscribe_links_person_idx').on(t.personId)],
);
