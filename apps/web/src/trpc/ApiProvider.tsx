import { useMemo, useState, type ReactNode } from 'react';
import { QueryClientProvider, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { LoadingState } from '../components/QueryStates';
import { fetchAuthMode, type AuthMode } from '../session/authMode';
import { AuthModeContext } from '../session/useAuthMode';
import { ModeUnknown } from '../session/ModeUnknown';
import { TRPCProvider } from './trpc';
import { createApiClient, createQueryClient } from './client';

/** The query of `GET /auth/mode`, asked once per page load. */
export const authModeQueryKey = ['auth', 'mode'] as const;

/**
 * TanStack Query and the tRPC client, created once for the app; the client once the API has said how people
 * sign in, since only the development sign-in sends a header.
 */
export function ApiProvider({ children }: { children: ReactNode }) {
  const [queryClient] = useState(createQueryClient);
  return (
    <QueryClientProvider client={queryClient}>
      <WithAuthMode>{(authMode) => <TRPCForMode authMode={authMode}>{children}</TRPCForMode>}</WithAuthMode>
    </QueryClientProvider>
  );
}

function WithAuthMode({ children }: { children: (authMode: AuthMode) => ReactNode }) {
  const { t } = useTranslation();
  const mode = useQuery({ queryKey: authModeQueryKey, queryFn: fetchAuthMode, staleTime: Infinity });
  if (mode.isPending) return <LoadingState label={t('common.loading')} />;
  if (mode.isError) return <ModeUnknown onRetry={() => void mode.refetch()} />;
  return children(mode.data);
}

function TRPCForMode({ authMode, children }: { authMode: AuthMode; children: ReactNode }) {
  const queryClient = useQueryClient();
  const trpcClient = useMemo(() => createApiClient(authMode.mode), [authMode.mode]);
  return (
    <AuthModeContext.Provider value={authMode}>
      <TRPCProvider trpcClient={trpcClient} queryClient={queryClient}>
        {children}
      </TRPCProvider>
    </AuthModeContext.Provider>
  );
}
