import { eq, inArray } from 'drizzle-orm';
import type { User } from '@leercyclus/domain';
import { audited, type Actor, type AuditEntry } from '../audit.js';
import type { Db } from '../database.js';
import { userRoles, users } from '../schema/index.js';

/** Makes the users table hold these users with exactly these roles; audits only what changed. */
export function syncUsers(db: Db, actor: Actor, wanted: readonly User[]): Promise<void> {
  return audited(db, actor, async (tx) => {
    const ids = wanted.map((user) => user.id);
    const known = ids.length === 0 ? [] : await tx.select().from(users).where(inArray(users.id, ids));
    const roles =
      ids.length === 0 ? [] : await tx.select().from(userRoles).where(inArray(userRoles.userId, ids));
    const audit: AuditEntry[] = [];
    for (const user of wanted) {
      const before = known.find((row) => row.id === user.id);
      const rolesBefore = roles
        .filter((row) => row.userId === user.id)
        .map((row) => row.role)
        .sort();
      const rolesAfter = [...user.roles].sort();
      if (before?.name === user.name && rolesBefore.join() === rolesAfter.join()) continue;
      await tx
        .insert(users)
        .values({ id: user.id, name: user.name })
        .onConflictDoUpdate({
          target: users.id,
          set: { name: user.name },
        });
      await tx.delete(userRoles).where(eq(userRoles.userId, user.id));
      await tx.insert(userRoles).values(rolesAfter.map((role) => ({ userId: user.id, role })));
      audit.push({
        action: before ? 'update' : 'create',
        recordType: 'user',
        recordId: user.id,
        details: { roles: rolesAfter },
      });
    }
    return { result: undefined, audit };
  });
}
