import { TRPCError } from '@trpc/server';
import { appendAudit, type Db } from '@leercyclus/db';
import type { SignedIn } from '@leercyclus/domain';
import { describeGrants, heldIn, type Grants, type Target } from './grants.js';

/** Where existence itself is private: another programme's cycles and another group's work are not even named. */
const privateScopes = new Set<Target['scope']>(['programme', 'group']);

function describeTargets(targets: readonly Target[]): string {
  return targets.map((t) => `${t.scope} ${t.id}`).join(' or ');
}

/**
 * The refusal of a signed-in person's call, written to the audit log first (who tried what, where). A person
 * with no role at all in a private scope learns nothing about it (NOT_FOUND); one who belongs to it is told which
 * role the call needs (FORBIDDEN).
 */
export async function refuse(
  db: Db,
  signedIn: SignedIn,
  path: string,
  grants: Grants,
  targets: readonly Target[],
): Promise<TRPCError> {
  const held = heldIn(signedIn, targets);
  const hidden = held.length === 0 && targets.some((t) => privateScopes.has(t.scope));
  const code = hidden ? 'NOT_FOUND' : 'FORBIDDEN';
  await appendAudit(
    db,
    { userId: signedIn.person.id },
    {
      action: 'refused',
      recordType: 'procedure',
      recordId: path,
      details: { code, targets: targets.map((t) => `${t.scope}:${t.id}`) },
    },
  );
  if (hidden) {
    return new TRPCError({
      code,
      message: `${signedIn.person.name} holds no role in ${describeTargets(targets)}: there is nothing of it to show.`,
    });
  }
  const roles = held.map((m) => `${m.role} of ${m.scope} ${m.scopeId}`).join(', ');
  return new TRPCError({
    code,
    message:
      `This needs ${describeGrants(grants)}${targets.length > 0 ? ` (${describeTargets(targets)})` : ''}; ` +
      `${signedIn.person.name} is ${roles || 'not a member there'}.`,
  });
}

/** A call that needs a signed-in person, made without one. */
export function signInFirst(): TRPCError {
  return new TRPCError({ code: 'UNAUTHORIZED', message: 'Sign in first.' });
}
