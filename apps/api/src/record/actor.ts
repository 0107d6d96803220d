import type { Actor } from '@leercyclus/db';
import type { User } from '@leercyclus/domain';

/** Who the record's audit log names for a call: the signed-in user, acting for themselves. */
export function actorOf(user: User): Actor {
  return { userId: user.id };
}
