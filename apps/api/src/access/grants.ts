import {
  holds,
  type GroupRole,
  type InstallationRole,
  type Membership,
  type ProgrammeRole,
  type ScopeKind,
  type SignedIn,
  type TableRole,
} from '@leercyclus/domain';
import type { AuditMeta } from '../audit/trail.js';

/** The roles that may call a procedure, per kind of scope; a person needs one of them in the scope acted on. */
export interface Grants {
  programme?: readonly ProgrammeRole[];
  table?: readonly TableRole[];
  group?: readonly GroupRole[];
  /** The installation's roles count everywhere: an administrator needs no membership of the scope. */
  installation?: readonly InstallationRole[];
}

/** One scope a call acts on: a programme id, a table slug or a group slug. */
export interface Target {
  scope: Exclude<ScopeKind, 'installation'>;
  id: string;
}

export const programme = (id: string): Target => ({ scope: 'programme', id });
export const table = (id: string): Target => ({ scope: 'table', id });
export const group = (id: string): Target => ({ scope: 'group', id });

/**
 * How a procedure is guarded, as its metadata states it (and the access matrix test reads it):
 * - `public`: anyone, signed in or not;
 * - `signedIn`: any signed-in person, about themselves (their session, their tokens);
 * - `scoped`: a role of `grants` in the scope the input names (`scope` says which kind it acts on; the
 *   installation for the administrator's own procedures);
 * - `somewhere`: a role of `grants` in any scope of its kind (creating a programme: a project leader anywhere);
 * - `listed`: any signed-in person, and the answer holds only what the scopes where they have those roles show.
 */
export type Access =
  | { kind: 'public' }
  | { kind: 'signedIn' }
  | { kind: 'scoped'; scope: ScopeKind; grants: Grants }
  | { kind: 'somewhere'; grants: Grants }
  | { kind: 'listed'; grants: Grants };

export interface ProcedureMeta {
  access: Access;
  /** Each successful call leaves an audit entry (`audit/trail.ts`). */
  audit?: AuditMeta;
}

const scopeKinds = ['programme', 'table', 'group', 'installation'] as const;

/** Whether the person holds a role of `grants` at the installation. */
export function administers(signedIn: SignedIn, grants: Grants): boolean {
  return (
    grants.installation !== undefined && holds(signedIn, 'installation', 'installation', grants.installation)
  );
}

/** The person's memberships that hold a role of `grants`, in any scope. */
export function grantingSomewhere(signedIn: SignedIn, grants: Grants): Membership[] {
  return signedIn.memberships.filter((m) =>
    (grants[m.scope] as readonly string[] | undefined)?.includes(m.role),
  );
}

/** The person's memberships that let a call on the targets through: a role of `grants` there, or the installation's. */
export function grantingIn(signedIn: SignedIn, grants: Grants, targets: readonly Target[]): Membership[] {
  return grantingSomewhere(signedIn, grants).filter(
    (m) => m.scope === 'installation' || targets.some((t) => t.scope === m.scope && t.id === m.scopeId),
  );
}

/**
 * The capacity in which a call was let through, as the audit trail's "on behalf of" names it:
 * `coordinator@programme:proeftuin`, `administrator@installation`, comma-separated when several roles count.
 */
export function capacityOf(memberships: readonly Membership[]): string | null {
  if (memberships.length === 0) return null;
  return memberships
    .map((m) => (m.scope === 'installation' ? `${m.role}@installation` : `${m.role}@${m.scope}:${m.scopeId}`))
    .join(', ');
}

/** The person's memberships in any of the targets, whatever the role. */
export function heldIn(signedIn: SignedIn, targets: readonly Target[]): Membership[] {
  return signedIn.memberships.filter((m) => targets.some((t) => t.scope === m.scope && t.id === m.scopeId));
}

/** "projectLeader or coordinator of the programme, or administrator", for a refusal's message. */
export function describeGrants(grants: Grants): string {
  return scopeKinds
    .filter((scope) => grants[scope] !== undefined && grants[scope].length > 0)
    .map((scope) =>
      scope === 'installation'
        ? grants.installation!.join(' or ')
        : `${grants[scope]!.join(' or ')} of the ${scope}`,
    )
    .join(', or ');
}
