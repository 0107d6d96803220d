import { and, desc, eq, isNull } from 'drizzle-orm';
import { z } from 'zod';
import type { SignedIn } from '@leercyclus/domain';
import { audited, type Actor } from '../audit.js';
import type { Db, Queryable } from '../database.js';
import { RecordError } from '../errors.js';
import { apiTokens } from '../schema/index.js';
import { dueForTouch } from '../signIn/lastUse.js';
import { generatedId, randomSecret, sha256 } from '../signIn/secrets.js';
import { validInput } from '../validInput.js';
import { requirePerson, signedInAs } from './people.js';

/** Every token starts so, which tells a bearer token from anything else and lets secret scanners find one. */
export const apiTokenPrefix = 'lc_';

const tokenRequestSchema = z.object({
  name: z.string().trim().min(1, { error: 'a token needs a name' }).max(80),
  days: z
    .number()
    .int()
    .min(1, { error: 'a token lasts at least 1 day' })
    .max(366, { error: 'a token lasts at most 366 days' }),
});
export type ApiTokenRequest = z.input<typeof tokenRequestSchema>;

export interface ApiTokenSummary {
  id: string;
  name: string;
  createdAt: string;
  expiresAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

/** A personal API token: the plain token is returned this once, the record keeps its SHA-256. */
export async function createApiToken(
  db: Db,
  actor: Actor,
  personId: string,
  request: ApiTokenRequest,
  now = new Date(),
): Promise<{ id: string; token: string }> {
  const { name, days } = validInput(tokenRequestSchema, request);
  return audited(db, actor, async (tx) => {
    await requirePerson(tx, personId);
    const id = generatedId('t');
    const token = `${apiTokenPrefix}${randomSecret()}`;
    const expiresAt = new Date(now.getTime() + days * 86_400_000);
    await tx.insert(apiTokens).values({ id, personId, name, hash: sha256(token), createdAt: now, expiresAt });
    return {
      result: { id, token },
      audit: {
        operation: 'create',
        action: 'createToken',
        recordType: 'person',
        recordId: personId,
        details: { tokenId: id, name, expiresAt: expiresAt.toISOString() },
      },
    };
  });
}

/** A person's tokens, newest first, without anything to sign in with. */
export async function listApiTokens(q: Queryable, personId: string): Promise<ApiTokenSummary[]> {
  const rows = await q
    .select()
    .from(apiTokens)
    .where(eq(apiTokens.personId, personId))
    .orderBy(desc(apiTokens.createdAt), desc(apiTokens.id));
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    createdAt: row.createdAt.toISOString(),
    expiresAt: row.expiresAt.toISOString(),
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
    revokedAt: row.revokedAt?.toISOString() ?? null,
  }));
}

/** Ends a token at once; a notFound when the person has no such token still in force. */
export async function revokeApiToken(db: Db, actor: Actor, personId: string, tokenId: string): Promise<void> {
  return audited(db, actor, async (tx) => {
    const revoked = await tx
      .update(apiTokens)
      .set({ revokedAt: new Date() })
      .where(and(eq(apiTokens.id, tokenId), eq(apiTokens.personId, personId), isNull(apiTokens.revokedAt)))
      .returning({ id: apiTokens.id });
    if (revoked.length === 0) {
      throw new RecordError('notFound', `${personId} has no token ${tokenId} in force.`, 'tokenId');
    }
    return {
      result: undefined,
      audit: {
        operation: 'delete',
        action: 'revokeToken',
        recordType: 'person',
        recordId: personId,
        details: { tokenId },
      },
    };
  });
}

/** Who a bearer token signs in, or null when it is unknown, revoked, expired, or its person is inactive. */
export async function resolveApiToken(db: Db, token: string, now: Date): Promise<SignedIn | null> {
  if (!token.startsWith(apiTokenPrefix)) return null;
  const [row] = await db
    .select()
    .from(apiTokens)
    .where(eq(apiTokens.hash, sha256(token)));
  if (!row || row.revokedAt || row.expiresAt <= now) return null;
  const signedIn = await signedInAs(db, row.personId, 'token');
  if (signedIn && dueForTouch(row.lastUsedAt, now)) {
    await db.update(apiTokens).set({ lastUsedAt: now }).where(eq(apiTokens.id, row.id));
  }
  return signedIn;
}
