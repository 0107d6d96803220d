import { and, isNotNull, lt, or, sql } from 'drizzle-orm';
import type { Tx } from '../database.js';
import { apiTokens, signInFailures, signInLinks, signInSessions } from '../schema/index.js';
import { instantParam } from './expiry.js';

/**
 * Deletes what signing in left behind and no longer serves: sessions unused since `before` (long ended: the
 * period is at least the idle limit), sign-in links used or expired before it, failed sign-ins last tried
 * before it and no longer locking, API tokens expired or revoked before it. The audit trail keeps each sign-in.
 */
export async function purgeSignIn(tx: Tx, before: Date): Promise<Record<string, number>> {
  const sessions = await tx
    .delete(signInSessions)
    .where(lt(signInSessions.lastSeenAt, before))
    .returning({ id: signInSessions.idHash });
  const links = await tx
    .delete(signInLinks)
    .where(sql`coalesce(${signInLinks.usedAt}, ${signInLinks.expiresAt}) < ${instantParam(before)}`)
    .returning({ id: signInLinks.hash });
  const failures = await tx
    .delete(signInFailures)
    .where(
      and(
        lt(signInFailures.lastFailureAt, before),
        sql`coalesce(${signInFailures.lockedUntil}, ${signInFailures.lastFailureAt}) < ${instantParam(before)}`,
      ),
    )
    .returning({ id: signInFailures.email });
  const tokens = await tx
    .delete(apiTokens)
    .where(
      or(
        lt(apiTokens.expiresAt, before),
        and(isNotNull(apiTokens.revokedAt), lt(apiTokens.revokedAt, before)),
      ),
    )
    .returning({ id: apiTokens.id });
  return {
    sign_in_sessions: sessions.length,
    sign_in_links: links.length,
    sign_in_failures: failures.length,
    api_tokens: tokens.length,
  };
}
