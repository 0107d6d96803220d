import { eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { audited, type Actor } from '../audit.js';
import type { Db } from '../database.js';
import { passwordCredentials, people, signInFailures } from '../schema/index.js';
import { hashPassword, passwordMatches } from '../signIn/passwordHash.js';
import { validInput } from '../validInput.js';
import { normalisedEmail, requirePerson } from './people.js';

const passwordSchema = z
  .string()
  .min(12, { error: 'a password needs at least 12 characters' })
  .max(256, { error: 'a password has at most 256 characters' });

/** Failures before the address is locked, and how the lock grows with each failure after that. */
export const lockout = {
  failuresBeforeLock: 5,
  firstLockSeconds: 60,
  longestLockSeconds: 60 * 60,
  /** A failure older than this is forgotten at the next one. */
  forgetAfterSeconds: 24 * 60 * 60,
};

/** The lock after the n-th failure in a row: none below the threshold, then 1, 2, 4 … minutes up to an hour. */
export function lockSeconds(failures: number): number {
  if (failures < lockout.failuresBeforeLock) return 0;
  return Math.min(
    lockout.longestLockSeconds,
    lockout.firstLockSeconds * 2 ** (failures - lockout.failuresBeforeLock),
  );
}

/** Sets (or resets, by an administrator) a person's password, and lifts a lock on their address. */
export async function setPassword(db: Db, actor: Actor, personId: string, password: string): Promise<void> {
  const valid = validInput(z.object({ password: passwordSchema }), { password }).password;
  return audited(db, actor, async (tx) => {
    const person = await requirePerson(tx, personId);
    const hash = await hashPassword(valid);
    const updatedAt = new Date();
    await tx
      .insert(passwordCredentials)
      .values({ personId, hash, updatedAt })
      .onConflictDoUpdate({ target: passwordCredentials.personId, set: { hash, updatedAt } });
    await tx.delete(signInFailures).where(eq(signInFailures.email, person.email));
    return { result: undefined, audit: { action: 'setPassword', recordType: 'person', recordId: personId } };
  });
}

export type PasswordCheck =
  | { ok: true; personId: string }
  | { ok: false; reason: 'wrong' }
  | { ok: false; reason: 'locked'; retryAfterSeconds: number };

let unknownPersonHash: Promise<string> | undefined;

/** Compared against when the address is unknown, so an unknown address costs as long as a wrong password. */
function hashOfNoOne(): Promise<string> {
  unknownPersonHash ??= hashPassword('no one has this password');
  return unknownPersonHash;
}

/**
 * A password sign-in attempt. Failures are counted per address, known or not (so the answer does not tell which
 * addresses exist); from the fifth failure in a row the address is locked, for longer with every failure.
 */
export async function verifyPassword(
  db: Db,
  email: string,
  password: string,
  now: Date,
): Promise<PasswordCheck> {
  const key = normalisedEmail(email);
  const [failures] = await db.select().from(signInFailures).where(eq(signInFailures.email, key));
  if (failures?.lockedUntil && failures.lockedUntil > now) {
    return {
      ok: false,
      reason: 'locked',
      retryAfterSeconds: Math.ceil((failures.lockedUntil.getTime() - now.getTime()) / 1000),
    };
  }
  const [credential] = await db
    .select({ personId: people.id, active: people.active, hash: passwordCredentials.hash })
    .from(people)
    .innerJoin(passwordCredentials, eq(passwordCredentials.personId, people.id))
    .where(sql`lower(${people.email}) = ${key}`);
  const matches = await passwordMatches(password, credential?.hash ?? (await hashOfNoOne()));
  if (credential?.active && matches) {
    await db.delete(signInFailures).where(eq(signInFailures.email, key));
    return { ok: true, personId: credential.personId };
  }
  await countFailure(db, key, now);
  return { ok: false, reason: 'wrong' };
}

/** Counts one more failure in a single statement, so simultaneous attempts each count. */
async function countFailure(db: Db, email: string, now: Date): Promise<void> {
  const forgotten = new Date(now.getTime() - lockout.forgetAfterSeconds * 1000);
  await db.transaction(async (tx) => {
    const [counted] = await tx
      .insert(signInFailures)
      .values({ email, failures: 1, lastFailureAt: now })
      .onConflictDoUpdate({
        target: signInFailures.email,
        set: {
          failures: sql`case when ${signInFailures.lastFailureAt} > ${forgotten.toISOString()}::timestamptz then ${signInFailures.failures} + 1 else 1 end`,
          lastFailureAt: now,
        },
      })
      .returning({ failures: signInFailures.failures });
    const seconds = lockSeconds(counted!.failures);
    if (seconds > 0) {
      await tx
        .update(signInFailures)
        .set({ lockedUntil: new Date(now.getTime() + seconds * 1000) })
        .where(eq(signInFailures.email, email));
    }
  });
}
