import { and, asc, eq, inArray, isNull, ne, sql } from 'drizzle-orm';
import {
  clockTimeInZone,
  dailyDigestHour,
  dailyDigestKind,
  dateInZone,
  defaultTimeZone,
  messageContent,
} from '@leercyclus/domain';
import type { Tx } from '../database.js';
import { mailPreferences, messages } from '../schema/index.js';
import { messageIdOf, queueMessage } from './queue.js';

/** What a message waiting for a digest adds to it: its subject, its facts and its link. */
function digestItem(message: { kind: string; payload: unknown }) {
  const content = messageContent(message.kind, message.payload);
  return { subject: content.subject, facts: content.facts, path: content.action.path };
}

/**
 * Puts together today's digest for each person who chose one and has messages waiting, once the day's digest
 * hour has come (so a run that missed 08:00 makes it later, never not at all). A person has one digest a day:
 * what comes after it waits for the next. Returns the digests made.
 */
export async function composeDigests(tx: Tx, now: Date): Promise<string[]> {
  if (Number(clockTimeInZone(now, defaultTimeZone).slice(0, 2)) < dailyDigestHour) return [];
  const date = dateInZone(now, defaultTimeZone);
  const waiting = await tx
    .select({
      id: messages.id,
      recipient: messages.recipient,
      kind: messages.kind,
      payload: messages.payload,
    })
    .from(messages)
    .innerJoin(mailPreferences, eq(mailPreferences.personId, messages.recipient))
    .where(
      and(
        eq(messages.state, 'queued'),
        eq(messages.mandatory, false),
        ne(messages.kind, dailyDigestKind),
        isNull(messages.digestId),
        eq(mailPreferences.delivery, 'dailyDigest'),
      ),
    )
    .orderBy(asc(messages.queuedAt), asc(messages.id));
  const byRecipient = new Map<string, typeof waiting>();
  for (const message of waiting)
    byRecipient.set(message.recipient, [...(byRecipient.get(message.recipient) ?? []), message]);
  const made: string[] = [];
  for (const [recipient, items] of byRecipient) {
    const cause = `${recipient}/${date}`;
    const [existing] = await tx
      .select({ id: messages.id })
      .from(messages)
      .where(eq(messages.id, messageIdOf(dailyDigestKind, cause)));
    if (existing) continue;
    const digestId = await queueMessage(tx, dailyDigestKind, {
      cause,
      recipient,
      payload: { date, items: items.map(digestItem) },
    });
    await tx
      .update(messages)
      .set({ digestId })
      .where(
        inArray(
          messages.id,
          items.map((item) => item.id),
        ),
      );
    made.push(digestId);
  }
  return made;
}

/** Messages that are not mandatory, for people who want only what is: settled as skipped, never sent. */
export async function skipUnwanted(tx: Tx, now: Date): Promise<number> {
  const skipped = await tx
    .update(messages)
    .set({ state: 'skipped', reason: 'de ontvanger wil alleen verplichte berichten', settledAt: now })
    .where(
      and(
        eq(messages.state, 'queued'),
        eq(messages.mandatory, false),
        ne(messages.kind, dailyDigestKind),
        isNull(messages.digestId),
        sql`${messages.recipient} in (select ${mailPreferences.personId} from ${mailPreferences}
          where ${mailPreferences.delivery} = 'mandatoryOnly')`,
      ),
    )
    .returning({ id: messages.id });
  return skipped.length;
}
