import { QueryClient } from '@tanstack/react-query';
import { createTRPCClient, httpBatchLink } from '@trpc/client';
import type { AppRouter } from '@leercyclus/api';
import { maxCallsPerBatch } from '@leercyclus/domain';
import { errorCode } from '../errors/describeError';
import type { SignInMode } from '../session/authMode';
import { readDevelopmentPerson } from '../session/developmentPerson';

/** The header the API reads, in development mode only, to know which person is picked (see apps/api). */
export const developmentPersonHeader = 'x-leercyclus-user';

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

/**
 * The tRPC client: the session cookie goes with every call (same origin); the development header only while
 * the API is in development mode.
 */
export function createApiClient(mode: SignInMode) {
  return createTRPCClient<AppRouter>({
    links: [
      httpBatchLink({
        url: '/trpc',
        // The API takes at most this many calls in one request; a larger batch goes as several.
        maxItems: maxCallsPerBatch,
        fetch: (url, options) => fetch(url, { ...options, credentials: 'same-origin' }),
        headers() {
          if (mode !== 'development') return {};
          const personId = readDevelopmentPerson();
          return personId ? { [developmentPersonHeader]: personId } : {};
        },
      }),
    ],
  });
}
