import { TRPCError } from '@trpc/server';
import { appendAudit, type Actor, type Db } from '@leercyclus/db';
import type { SignedIn } from '@leercyclus/domain';
import { describeGrants, heldIn, type Grants, type Target } from './grants.js';

/** Where existence itself is private: another programme's cycles and another group's work are not even named. */
const privateScopes = new Set<Target['scope']>(['programme', 'group']);

function describeTargets(targets: readonly Target[]): string {
  return targets.map((t) => `${t.scope} ${t.id}`).join(' or ');
}

/**
 * The refusal of a signed-in person's call, written to the audit log first (who tried what, from where). A person
 * with no role at all in a private scope learns nothing about it (NOT_FOUND); one who belongs to it is told which
 * role the call needs (FORBIDDEN) — never which roles they hold, which is not the caller's to learn from an error.
 */
export async function refuse(
  db: Db,
  caller: { signedIn: SignedIn; actor: Actor },
  path: string,
  grants: Grants,
  targets: readonly Target[],
): Promise<TRPCError> {
  const { signedIn, actor } = caller;
  const hidden = heldIn(signedIn, targets).length === 0 && targets.some((t) => privateScopes.has(t.scope));
  const code = hidden ? 'NOT_FOUND' : 'FORBIDDEN';
  await appendAudit(db, actor, {
    operation: 'refused',
    action: 'refused',
    recordType: 'procedure',
    recordId: path,
    details: { code, targets: targets.map((t) => `${t.scope}:${t.id}`) },
  });
  if (hidden) {
    return new TRPCError({
      code,
      message: `${signedIn.person.name} holds no role in ${describeTargets(targets)}: there is nothing of it to show.`,
    });
  }
  return new TRPCError({
    code,
    message: `This needs ${describeGrants(grants)}${targets.length > 0 ? ` (${describeTargets(targets)})` : ''}.`,
  });
}

/** A call that needs a signed-in person, made without one (audited as refused by the call's trail). */
export function signInFirst(): TRPCError {
  return new TRPCError({ code: 'UNAUTHORIZED', message: 'Sign in first.' });
}
