import type { RouterOutputs } from '@leercyclus/api';
import { usePersonName } from '../../../format/people';

/**
 * How each member is named on the page, by member id: their user's name, or the pseudonymised name the group
 * keeps for someone without an account.
 */
export function useMemberNames(): (group: RouterOutputs['groups']['get']) => ReadonlyMap<string, string> {
  const personName = usePersonName();
  return (group) =>
    new Map(
      group.members.map((member) => [
        member.id,
        member.userId ? personName(member.userId) : (member.displayName ?? member.id),
      ]),
    );
}
