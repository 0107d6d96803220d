import { QueryClient } from '@tanstack/react-query';
import { createTRPCClient, httpBatchLink } from '@trpc/client';
import type { AppRouter } from '@leercyclus/api';
import { readUserId } from '../session/storage';
import { errorCode } from '../errors/describeError';

/** The header the API reads to know which development user is signed in (see apps/api context). */
export const userHeader = 'x-leercyclus-user';

/** Errors that asking again will not change. */
const finalCodes = new Set([
  'BAD_REQUEST',
  'UNAUTHORIZED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'PRECONDITION_FAILED',
]);

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 10_000,
        retry: (failureCount, error) => failureCount < 2 && !finalCodes.has(errorCode(error) ?? ''),
      },
    },
  });
}

export function createApiClient() {
  return createTRPCClient<AppRouter>({
    links: [
      httpBatchLink({
        url: '/trpc',
        headers() {
          const userId = readUserId();
          return userId ? { [userHeader]: userId } : {};
        },
      }),
    ],
  });
}
