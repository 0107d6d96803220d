import { and, asc, eq } from 'drizzle-orm';
import { scopedMembershipSchema, type Membership, type Person, type ScopeKind } from '@leercyclus/domain';
import { audited, type Actor } from '../audit.js';
import type { Db, Queryable } from '../database.js';
import { RecordError } from '../errors.js';
import { memberships, people } from '../schema/index.js';
import { validInput } from '../validInput.js';

function membershipOf(row: { scope: string; scopeId: string; role: string }): Membership {
  return scopedMembershipSchema.parse({ scope: row.scope, scopeId: row.scopeId, role: row.role });
}

/** What a person holds, scope by scope. */
export async function membershipsOf(q: Queryable, personId: string): Promise<Membership[]> {
  const rows = await q
    .select()
    .from(memberships)
    .where(eq(memberships.personId, personId))
    .orderBy(asc(memberships.scope), asc(memberships.scopeId), asc(memberships.role));
  return rows.map(membershipOf);
}

/** Who holds a role in one scope (inactive people included, as the panel shows them), by name. */
export async function membershipsIn(
  q: Queryable,
  scope: ScopeKind,
  scopeId: string,
): Promise<{ person: Person; roles: Membership['role'][] }[]> {
  const rows = await q
    .select({
      id: people.id,
      name: people.name,
      email: people.email,
      organisation: people.organisation,
      active: people.active,
      role: memberships.role,
    })
    .from(memberships)
    .innerJoin(people, eq(people.id, memberships.personId))
    .where(and(eq(memberships.scope, scope), eq(memberships.scopeId, scopeId)))
    .orderBy(asc(people.name), asc(people.id), asc(memberships.role));
  const byPerson = new Map<string, { person: Person; roles: Membership['role'][] }>();
  for (const { role, ...person } of rows) {
    const entry = byPerson.get(person.id) ?? { person, roles: [] };
    entry.roles.push(role);
    byPerson.set(person.id, entry);
  }
  return [...byPerson.values()];
}

const administrator = { scope: 'installation', scopeId: 'installation', role: 'administrator' } as const;

/** Refuses a change that would leave the installation without an active administrator to manage people. */
export async function refuseLosingLastAdministrator(q: Queryable, personId: string): Promise<void> {
  const active = await q
    .select({ id: people.id })
    .from(memberships)
    .innerJoin(people, eq(people.id, memberships.personId))
    .where(
      and(
        eq(memberships.scope, administrator.scope),
        eq(memberships.role, administrator.role),
        eq(people.active, true),
      ),
    );
  if (active.length === 1 && active[0]!.id === personId) {
    throw new RecordError(
      'conflict',
      `${personId} is the last active administrator; make someone else administrator first.`,
      'personId',
    );
  }
}

function describe(membership: Membership): Record<string, string> {
  return { scope: membership.scope, scopeId: membership.scopeId, role: membership.role };
}

/** Gives the person a role in a scope; granting what they already hold changes nothing. */
export async function grantMembership(
  db: Db,
  actor: Actor,
  personId: string,
  membership: Membership,
): Promise<void> {
  const valid = validInput(scopedMembershipSchema, membership);
  return audited(db, actor, async (tx) => {
    const [person] = await tx.select({ id: people.id }).from(people).where(eq(people.id, personId));
    if (!person) throw new RecordError('notFound', `There is no person ${personId}.`, 'personId');
    const granted = await tx
      .insert(memberships)
      .values({ personId, ...valid, grantedBy: actor.userId })
      .onConflictDoNothing()
      .returning({ personId: memberships.personId });
    return {
      result: undefined,
      audit:
        granted.length === 0
          ? []
          : {
              operation: 'create',
              action: 'grant',
              recordType: 'person',
              recordId: personId,
              details: describe(valid),
            },
    };
  });
}

/** Takes a role away; a notFound when the person does not hold it. */
export async function revokeMembership(
  db: Db,
  actor: Actor,
  personId: string,
  membership: Membership,
): Promise<void> {
  const valid = validInput(scopedMembershipSchema, membership);
  return audited(db, actor, async (tx) => {
    if (valid.scope === administrator.scope) await refuseLosingLastAdministrator(tx, personId);
    const revoked = await tx
      .delete(memberships)
      .where(
        and(
          eq(memberships.personId, personId),
          eq(memberships.scope, valid.scope),
          eq(memberships.scopeId, valid.scopeId),
          eq(memberships.role, valid.role),
        ),
      )
      .returning({ personId: memberships.personId });
    if (revoked.length === 0) {
      throw new RecordError(
        'notFound',
        `${personId} is not ${valid.role} of ${valid.scope} ${valid.scopeId}.`,
        'role',
      );
    }
    return {
      result: undefined,
      audit: {
        operation: 'delete',
        action: 'revoke',
        recordType: 'person',
        recordId: personId,
        details: describe(valid),
      },
    };
  });
}
