import { eq } from 'drizzle-orm';
import type { SignedIn } from '@leercyclus/domain';
import { appendAudit, type RequestOrigin } from '../audit.js';
import type { Db } from '../database.js';
import { signInSessions } from '../schema/index.js';
import { randomSecret, sha256 } from '../signIn/secrets.js';
import { signedInAs } from './people.js';

/** How a session's person signed in. */
export type SessionOrigin = 'password' | 'link' | 'oidc';

export interface SessionLimits {
  /** A session unused this long has ended. */
  idleMinutes: number;
  /** A session this old has ended, however busy. */
  maxHours: number;
}

/** last_seen_at is written at most this often: a busy panel does not write the record on every request. */
const touchEverySeconds = 60;

/**
 * Starts a session for the person; the id returned goes into the cookie and is nowhere else. The sign-in's audit
 * entry notes where it came from.
 */
export async function startSession(
  db: Db,
  personId: string,
  via: SessionOrigin,
  now = new Date(),
  origin?: RequestOrigin,
): Promise<string> {
  const id = randomSecret();
  await db.transaction(async (tx) => {
    await tx
      .insert(signInSessions)
      .values({ idHash: sha256(id), personId, via, createdAt: now, lastSeenAt: now });
    await appendAudit(
      tx,
      { userId: personId, origin },
      { operation: 'create', action: 'signIn', recordType: 'person', recordId: personId, details: { via } },
    );
  });
  return id;
}

/**
 * Who the session's cookie signs in, or null when the session is unknown, idle too long, too old, or its person
 * is inactive. An expired session is removed.
 */
export async function resolveSession(
  db: Db,
  sessionId: string,
  now: Date,
  limits: SessionLimits,
): Promise<SignedIn | null> {
  const idHash = sha256(sessionId);
  const [session] = await db.select().from(signInSessions).where(eq(signInSessions.idHash, idHash));
  if (!session) return null;
  const idleFor = now.getTime() - session.lastSeenAt.getTime();
  const age = now.getTime() - session.createdAt.getTime();
  if (idleFor > limits.idleMinutes * 60_000 || age > limits.maxHours * 3_600_000) {
    await db.delete(signInSessions).where(eq(signInSessions.idHash, idHash));
    return null;
  }
  const signedIn = await signedInAs(db, session.personId, 'session');
  if (signedIn && idleFor >= touchEverySeconds * 1000) {
    await db.update(signInSessions).set({ lastSeenAt: now }).where(eq(signInSessions.idHash, idHash));
  }
  return signedIn;
}

/** Signs out: the session ends at once. Ending an unknown session changes nothing. */
export async function endSession(db: Db, sessionId: string, origin?: RequestOrigin): Promise<void> {
  await db.transaction(async (tx) => {
    const [ended] = await tx
      .delete(signInSessions)
      .where(eq(signInSessions.idHash, sha256(sessionId)))
      .returning({ personId: signInSessions.personId });
    if (ended) {
      await appendAudit(
        tx,
        { userId: ended.personId, origin },
        { operation: 'delete', action: 'signOut', recordType: 'person', recordId: ended.personId },
      );
    }
  });
}
