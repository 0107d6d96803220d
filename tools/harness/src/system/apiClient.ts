import { createTRPCClient, httpLink, TRPCClientError } from '@trpc/client';
import { userHeader, type AppRouter } from '@leercyclus/api';

export type ApiClient = ReturnType<typeof createTRPCClient<AppRouter>>;

/** A real tRPC client over HTTP, signed in as a development user (or anonymous), as the control panel is. */
export function apiClient(url: string, userId?: string): ApiClient {
  return createTRPCClient<AppRouter>({
    links: [httpLink({ url, headers: () => (userId ? { [userHeader]: userId } : {}) })],
  });
}

export type ApiError = TRPCClientError<AppRouter>;

export function isApiError(error: unknown): error is ApiError {
  return error instanceof TRPCClientError;
}

/** The development users the bench and the drills act as. */
export const users = {
  leader: 'anna.projectleider',
  coordinator: 'bram.coordinator',
  monitor: 'chris.monitor',
  management: 'dana.management',
  participant: 'eva.deelnemer',
} as const;
