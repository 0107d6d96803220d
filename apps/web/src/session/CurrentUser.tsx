import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { matchQuery, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Role, User } from '@leercyclus/domain';
import { useTRPC } from '../trpc/trpc';
import { readUserId, writeUserId } from './storage';

interface CurrentUser {
  /** The chosen development user's id, or null when nobody is signed in. */
  userId: string | null;
  /** That user as the API describes them, once the list of development users has loaded. */
  user: User | null;
  /** Everyone the development sign-in offers. */
  users: User[];
  usersStatus: 'pending' | 'error' | 'success';
  signInAs: (userId: string | null) => void;
  hasRole: (role: Role) => boolean;
}

const CurrentUserContext = createContext<CurrentUser | null>(null);

/** The development sign-in: who is picked in the header; every API request carries their id. */
export function CurrentUserProvider({ children }: { children: ReactNode }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [userId, setUserId] = useState(readUserId);
  const usersQuery = useQuery(trpc.session.users.queryOptions(undefined, { staleTime: Infinity }));

  const signInAs = useCallback(
    (next: string | null) => {
      writeUserId(next);
      setUserId(next);
      // Answers fetched for the previous user are not this user's: drop them and ask again.
      const usersKey = trpc.session.users.queryKey();
      void queryClient.resetQueries({ predicate: (query) => !matchQuery({ queryKey: usersKey }, query) });
    },
    [queryClient, trpc],
  );

  const value = useMemo((): CurrentUser => {
    const users = usersQuery.data ?? [];
    const user = users.find((candidate) => candidate.id === userId) ?? null;
    return {
      userId,
      user,
      users,
      usersStatus: usersQuery.status,
      signInAs,
      hasRole: (role) => user?.roles.includes(role) ?? false,
    };
  }, [userId, usersQuery.data, usersQuery.status, signInAs]);

  return <CurrentUserContext.Provider value={value}>{children}</CurrentUserContext.Provider>;
}

export function useCurrentUser(): CurrentUser {
  const value = useContext(CurrentUserContext);
  if (!value) throw new Error('useCurrentUser needs a CurrentUserProvider around it');
  return value;
}
