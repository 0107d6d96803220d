import { z } from 'zod';
import { safeTextSchema } from './safeText.js';

/**
 * People and what they may do. Roles are held per scope, never globally: a coordinator of one programme sees
 * nothing of another. The installation's own roles: the administrator (people and memberships) and the
 * data-protection officer (the audit trail: who saw and changed what).
 */
export const programmeRoles = ['projectLeader', 'coordinator', 'monitor', 'participant'] as const;
export const tableRoles = ['chair', 'member'] as const;
export const groupRoles = ['facilitator', 'member'] as const;
/**
 * The installation's roles: the administrator (people and memberships) and the data-protection officer
 * (functionaris gegevensbescherming: the audit trail, requests for access and erasure).
 */
export const installationRoles = ['administrator', 'dataProtectionOfficer'] as const;

export type ProgrammeRole = (typeof programmeRoles)[number];
export type TableRole = (typeof tableRoles)[number];
export type GroupRole = (typeof groupRoles)[number];
export type InstallationRole = (typeof installationRoles)[number];

/** A scope's id: a programme id, a table slug, a group slug, or `installation`. */
export type Membership =
  | { scope: 'programme'; scopeId: string; role: ProgrammeRole }
  | { scope: 'table'; scopeId: string; role: TableRole }
  | { scope: 'group'; scopeId: string; role: GroupRole }
  | { scope: 'installation'; scopeId: 'installation'; role: InstallationRole };

export type ScopeKind = Membership['scope'];

export const scopedMembershipSchema = z.discriminatedUnion('scope', [
  z.object({
    scope: z.literal('programme'),
    scopeId: z.string().trim().min(1),
    role: z.enum(programmeRoles),
  }),
  z.object({ scope: z.literal('table'), scopeId: z.string().trim().min(1), role: z.enum(tableRoles) }),
  z.object({ scope: z.literal('group'), scopeId: z.string().trim().min(1), role: z.enum(groupRoles) }),
  z.object({
    scope: z.literal('installation'),
    scopeId: z.literal('installation'),
    role: z.enum(installationRoles),
  }),
]);

/** A person id: stable, lowercase, as `anna.devries` or a generated `p-…`; what workflows and the record store. */
export const personIdSchema = z
  .string()
  .trim()
  .regex(/^[a-z0-9][a-z0-9._-]{0,99}$/, { error: 'expected a person id such as anna.devries' });

/**
 * A person who signs in: staff, named on purpose, so their name and e-mail address are not checked for personal
 * data as the free texts about families are; their organisation is.
 */
export const personSchema = z.object({
  id: personIdSchema,
  name: z.string().trim().min(1, { error: 'a person needs a name' }).max(120),
  email: z.email({ error: 'expected an e-mail address' }).max(254),
  /** A partner organisation's name, or the municipality. */
  organisation: safeTextSchema(120, 1, 'a person needs an organisation'),
  active: z.boolean(),
});
export type Person = z.output<typeof personSchema>;

/** Who a request acts as, and how they signed in. */
export interface SignedIn {
  person: Person;
  memberships: Membership[];
  via: 'session' | 'token' | 'development';
}

/** Whether the person holds one of these roles in that scope. */
export function holds(
  signedIn: Pick<SignedIn, 'memberships'>,
  scope: ScopeKind,
  scopeId: string,
  roles: readonly string[],
): boolean {
  return signedIn.memberships.some(
    (m) => m.scope === scope && m.scopeId === scopeId && roles.includes(m.role),
  );
}

/** The ids of the scopes of one kind in which the person holds one of these roles. */
export function scopesWhere(
  signedIn: Pick<SignedIn, 'memberships'>,
  scope: ScopeKind,
  roles: readonly string[],
): string[] {
  return [
    ...new Set(
      signedIn.memberships.filter((m) => m.scope === scope && roles.includes(m.role)).map((m) => m.scopeId),
    ),
  ];
}
