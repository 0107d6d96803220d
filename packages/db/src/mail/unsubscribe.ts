import { eq } from 'drizzle-orm';
import type { MailDelivery } from '@leercyclus/domain';
import type { RequestOrigin } from '../audit.js';
import type { Db, Queryable } from '../database.js';
import { people, unsubscribeLinks } from '../schema/index.js';
import { randomSecret, sha256 } from '../signIn/secrets.js';
import { mailPreferenceOf, writeMailPreference } from './preferences.js';

/** A fresh unsubscribe token for a message to the person; the record keeps only its hash. */
export async function createUnsubscribeLink(
  q: Queryable,
  personId: string,
  messageId: string,
): Promise<string> {
  const token = randomSecret();
  await q
    .insert(unsubscribeLinks)
    .values({ hash: sha256(token), personId, messageId, createdAt: new Date() });
  return token;
}

export interface Unsubscriber {
  personId: string;
  name: string;
  delivery: MailDelivery;
}

/** Whose unsubscribe link this is, and what they receive now; null for a token the record does not know. */
export async function unsubscriberOf(q: Queryable, token: string): Promise<Unsubscriber | null> {
  const [row] = await q
    .select({ personId: people.id, name: people.name })
    .from(unsubscribeLinks)
    .innerJoin(people, eq(people.id, unsubscribeLinks.personId))
    .where(eq(unsubscribeLinks.hash, sha256(token)));
  if (!row) return null;
  return { ...row, delivery: await mailPreferenceOf(q, row.personId) };
}

/**
 * Follows an unsubscribe link: its person gets only mandatory messages from now on, audited as their own change
 * from where the request came. Null for a token the record does not know.
 */
export function unsubscribe(db: Db, token: string, origin: RequestOrigin): Promise<Unsubscriber | null> {
  return db.transaction(async (tx) => {
    const found = await unsubscriberOf(tx, token);
    if (!found) return null;
    await writeMailPreference(
      tx,
      { userId: found.personId, origin },
      found.personId,
      'mandatoryOnly',
      'unsubscribeLink',
    );
    return { ...found, delivery: 'mandatoryOnly' };
  });
}
