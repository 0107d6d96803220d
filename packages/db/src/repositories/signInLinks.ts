import { and, eq, gt, isNull } from 'drizzle-orm';
import { z } from 'zod';
import { appendAudit, audited, type Actor } from '../audit.js';
import type { Db } from '../database.js';
import { people, signInLinks } from '../schema/index.js';
import { randomSecret, sha256 } from '../signIn/secrets.js';
import { validInput } from '../validInput.js';
import { requirePerson } from './people.js';

const minutesSchema = z
  .number()
  .int()
  .min(1, { error: 'a link lasts at least 1 minute' })
  .max(7 * 24 * 60, { error: 'a link lasts at most 7 days' });

/** A one-time sign-in link's token (for `/auth/link/<token>`); the record keeps its SHA-256. */
export async function createSignInLink(
  db: Db,
  actor: Actor,
  personId: string,
  minutes: number,
  now = new Date(),
): Promise<string> {
  const valid = validInput(z.object({ minutes: minutesSchema }), { minutes }).minutes;
  return audited(db, actor, async (tx) => {
    await requirePerson(tx, personId);
    const token = randomSecret();
    const expiresAt = new Date(now.getTime() + valid * 60_000);
    await tx.insert(signInLinks).values({ hash: sha256(token), personId, createdAt: now, expiresAt });
    return {
      result: token,
      audit: {
        action: 'createSignInLink',
        recordType: 'person',
        recordId: personId,
        details: { expiresAt: expiresAt.toISOString() },
      },
    };
  });
}

/** Uses a link: the person it signs in, once; null when it is unknown, used, expired or its person inactive. */
export function useSignInLink(db: Db, token: string, now: Date): Promise<string | null> {
  return db.transaction(async (tx) => {
    const hash = sha256(token);
    const [used] = await tx
      .update(signInLinks)
      .set({ usedAt: now })
      .where(and(eq(signInLinks.hash, hash), isNull(signInLinks.usedAt), gt(signInLinks.expiresAt, now)))
      .returning({ personId: signInLinks.personId });
    if (!used) return null;
    const [person] = await tx
      .select({ active: people.active })
      .from(people)
      .where(eq(people.id, used.personId));
    if (!person?.active) return null;
    await appendAudit(
      tx,
      { userId: used.personId },
      { action: 'useSignInLink', recordType: 'person', recordId: used.personId },
    );
    return used.personId;
  });
}
