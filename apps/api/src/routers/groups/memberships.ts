import { grantMembership, revokeMembership, type Actor, type Db } from '@leercyclus/db';
import type { GroupRole, MemberRole } from '@leercyclus/domain';

/** A group's members who are people: the facilitator leads it, everyone else takes part as a member. */
function groupRole(role: MemberRole): GroupRole {
  return role === 'facilitator' ? 'facilitator' : 'member';
}

interface MemberOfGroup {
  userId: string | null;
  role: MemberRole;
}

/** The member's membership of the group's scope, for a member who is a person (not a pseudonymised name). */
export async function grantGroupMembership(db: Db, actor: Actor, slug: string, member: MemberOfGroup) {
  if (member.userId === null) return;
  await grantMembership(db, actor, member.userId, {
    scope: 'group',
    scopeId: slug,
    role: groupRole(member.role),
  });
}

/** A member who left no longer reads the group through it. */
export async function revokeGroupMembership(db: Db, actor: Actor, slug: string, member: MemberOfGroup) {
  if (member.userId === null) return;
  await revokeMembership(db, actor, member.userId, {
    scope: 'group',
    scopeId: slug,
    role: groupRole(member.role),
  });
}
