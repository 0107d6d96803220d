import type { MemberRole } from '@leercyclus/domain';

/** A member as a form edits one: an account, or a pseudonymised name for someone without one. */
export type MemberFieldValues = {
  userId: string;
  displayName: string;
  organisation: string;
  role: MemberRole;
};

/** The fields of a member a command or launch sends: only those filled in. */
export function memberInput(value: MemberFieldValues) {
  return {
    ...(value.userId ? { userId: value.userId } : {}),
    ...(value.displayName.trim() ? { displayName: value.displayName.trim() } : {}),
    organisation: value.organisation.trim(),
    role: value.role,
  };
}
