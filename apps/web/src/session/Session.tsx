import { createContext, useCallback, useContext, useEffect, useMemo, type ReactNode } from 'react';
import { matchQuery, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { RouterOutputs } from '@leercyclus/api';
import { errorKind } from '../errors/describeError';
import { useTRPC } from '../trpc/trpc';
import type { SignInMode } from './authMode';
import { writeDevelopmentPerson } from './developmentPerson';
import { signOut as signOutRequest } from './signInRequests';
import { useAuthMode } from './useAuthMode';

/** Who is signed in, with their memberships per scope and how they signed in. */
export type SignedInPerson = NonNullable<RouterOutputs['session']['me']>;

interface Session {
  mode: SignInMode;
  /** The signed-in person, or null when nobody is. */
  signedIn: SignedInPerson | null;
  status: 'pending' | 'error' | 'success';
  error: unknown;
  retry: () => void;
  /** After a sign-in: who is signed in is asked again, and every answer given to nobody is dropped. */
  signedInNow: () => Promise<void>;
  /** Ends the session (or forgets the development pick); the sign-in page follows. */
  signOut: () => Promise<void>;
  /** The development sign-in: sign in as this person, or as nobody. */
  pickDevelopmentPerson: (personId: string | null) => Promise<void>;
}

const SessionContext = createContext<Session | null>(null);

/** Answers fetched for one person are not another's: all are dropped and asked again, but how to sign in. */
function forgetAnswers(queryClient: QueryClient): Promise<void> {
  return queryClient.resetQueries({ predicate: (query) => query.queryKey[0] !== 'auth' });
}

/** Who is signed in, as the API's `session.me` says: from the session cookie, a token, or the development pick. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { mode } = useAuthMode();
  const me = useQuery(trpc.session.me.queryOptions(undefined, { staleTime: 60_000 }));

  // A session that ended meanwhile (expired, signed out in another tab): the API refuses the next call, and the
  // panel asks again who is signed in, which brings the sign-in page.
  useEffect(() => {
    const askAgain = (error: unknown) => {
      if (errorKind(error) === 'unauthorized')
        void queryClient.invalidateQueries(trpc.session.me.queryFilter());
    };
    const stopQueries = queryClient.getQueryCache().subscribe((event) => {
      if (event.type !== 'updated' || event.action.type !== 'error') return;
      if (!matchQuery(trpc.session.me.queryFilter(), event.query)) askAgain(event.action.error);
    });
    const stopMutations = queryClient.getMutationCache().subscribe((event) => {
      if (event.type === 'updated' && event.action.type === 'error') askAgain(event.action.error);
    });
    return () => {
      stopQueries();
      stopMutations();
    };
  }, [queryClient, trpc]);

  const signedInNow = useCallback(() => forgetAnswers(queryClient), [queryClient]);
  const signOut = useCallback(async () => {
    // Development sign-in forgets its pick; a password sign-in (also possible in development) ends its session.
    if (mode === 'development') writeDevelopmentPerson(null);
    await signOutRequest();
    await forgetAnswers(queryClient);
  }, [mode, queryClient]);
  const pickDevelopmentPerson = useCallback(
    async (personId: string | null) => {
      writeDevelopmentPerson(personId);
      await forgetAnswers(queryClient);
    },
    [queryClient],
  );

  const value = useMemo(
    (): Session => ({
      mode,
      signedIn: me.data ?? null,
      status: me.status,
      error: me.error,
      retry: () => void me.refetch(),
      signedInNow,
      signOut,
      pickDevelopmentPerson,
    }),
    [mode, me, signedInNow, signOut, pickDevelopmentPerson],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession needs a SessionProvider around it');
  return value;
}

/** The signed-in person, inside the pages the sign-in gate lets through. */
export function useSignedIn(): SignedInPerson {
  const { signedIn } = useSession();
  if (!signedIn) throw new Error('useSignedIn is for the pages behind the sign-in');
  return signedIn;
}
