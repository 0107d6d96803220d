import { useCurrentUser } from '../session/CurrentUser';

/** A user's name for their id (the id itself for someone the sign-in does not know). */
export function useUserName(): (userId: string | null | undefined) => string {
  const { users } = useCurrentUser();
  return (userId) => {
    if (!userId) return '—';
    return users.find((user) => user.id === userId)?.name ?? userId;
  };
}
