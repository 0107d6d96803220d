import { and, asc, eq, isNull, or, sql } from 'drizzle-orm';
import { dailyDigestKind, defaultMailDelivery } from '@leercyclus/domain';
import type { Db, Queryable } from '../database.js';
import { mailPreferences, messages, people } from '../schema/index.js';
import { composeDigests, skipUnwanted } from './digests.js';

/**
 * What the recipients' choices settle first — unwanted messages skipped, today's digests put together — and then
 * the messages to send now, oldest first: every mandatory one, every digest, and the rest of those who want
 * each message as it comes. Messages waiting for a digest stay queued.
 */
export function messagesToSend(db: Db, now: Date, limit: number): Promise<string[]> {
  return db.transaction(async (tx) => {
    await skipUnwanted(tx, now);
    await composeDigests(tx, now);
    const delivery = sql<string>`coalesce(${mailPreferences.delivery}, ${defaultMailDelivery})`;
    const rows = await tx
      .select({ id: messages.id })
      .from(messages)
      .leftJoin(mailPreferences, eq(mailPreferences.personId, messages.recipient))
      .where(
        and(
          eq(messages.state, 'queued'),
          isNull(messages.digestId),
          or(
            eq(messages.mandatory, true),
            eq(messages.kind, dailyDigestKind),
            sql`${delivery} = 'immediately'`,
          ),
        ),
      )
      .orderBy(asc(messages.queuedAt), asc(messages.id))
      .limit(limit);
    return rows.map((row) => row.id);
  });
}

/** A message as it is about to be sent, with its recipient as the record knows them now. */
export interface OutgoingMessage {
  id: string;
  kind: string;
  payload: unknown;
  mandatory: boolean;
  state: string;
  queuedAt: Date;
  recipient: { id: string; name: string; email: string; active: boolean } | null;
}

export async function outgoingMessage(q: Queryable, id: string): Promise<OutgoingMessage | null> {
  const [row] = await q
    .select({
      message: messages,
      person: { id: people.id, name: people.name, email: people.email, active: people.active },
    })
    .from(messages)
    .leftJoin(people, eq(people.id, messages.recipient))
    .where(eq(messages.id, id));
  if (!row) return null;
  const { message, person } = row;
  return {
    id: message.id,
    kind: message.kind,
    payload: message.payload,
    mandatory: message.mandatory,
    state: message.state,
    queuedAt: message.queuedAt,
    recipient: person,
  };
}

/** Counts an attempt about to be made, with the Message-ID it carries; false when the message is not queued. */
export async function startAttempt(q: Queryable, id: string, messageId: string, now: Date): Promise<boolean> {
  const started = await q
    .update(messages)
    .set({ attempts: sql`${messages.attempts} + 1`, lastAttemptAt: now, messageId })
    .where(and(eq(messages.id, id), eq(messages.state, 'queued')))
    .returning({ id: messages.id });
  return started.length > 0;
}

/** What a message and those that went out in it (a digest's) are: this one, or any in it. */
const itOrInIt = (id: string) =>
  and(or(eq(messages.id, id), eq(messages.digestId, id)), eq(messages.state, 'queued'));

/** The mail server accepted it: sent, with its answer, and so is everything a digest brought together. */
export async function markSent(q: Queryable, id: string, serverResponse: string, now: Date): Promise<void> {
  await q
    .update(messages)
    .set({ state: 'sent', sentAt: now, serverResponse, reason: null })
    .where(itOrInIt(id));
}

/** Refused for good or given up on: failed, with the reason, and so is everything in it. */
export async function markFailed(q: Queryable, id: string, reason: string, now: Date): Promise<void> {
  await q.update(messages).set({ state: 'failed', reason, settledAt: now }).where(itOrInIt(id));
}

/** What an attempt that will be retried ran into, kept on the message while it stays queued. */
export async function noteRetry(q: Queryable, id: string, reason: string): Promise<void> {
  await q
    .update(messages)
    .set({ reason })
    .where(and(eq(messages.id, id), eq(messages.state, 'queued')));
}
