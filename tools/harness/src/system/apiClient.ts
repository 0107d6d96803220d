import { createTRPCClient, httpLink, TRPCClientError } from '@trpc/client';
import { developmentHeader, type AppRouter } from '@leercyclus/api';
import { developmentParts, partsIn } from '@leercyclus/db/testing';

export type ApiClient = ReturnType<typeof createTRPCClient<AppRouter>>;

/** How a client signs in: with a personal API token (any mode), or in development mode by naming a person. */
export type SignIn = { token: string } | { developmentPerson: string };

/** A real tRPC client over HTTP, signed in (or anonymous), as a script or the control panel is. */
export function apiClient(url: string, signIn?: SignIn): ApiClient {
  const headers: Record<string, string> = !signIn
    ? {}
    : 'token' in signIn
      ? { authorization: `Bearer ${signIn.token}` }
      : { [developmentHeader]: signIn.developmentPerson };
  return createTRPCClient<AppRouter>({ links: [httpLink({ url, headers })] });
}

export type ApiError = TRPCClientError<AppRouter>;

export function isApiError(error: unknown): error is ApiError {
  return error instanceof TRPCClientError;
}

/** The people the bench and the drills act as (the record's development people). */
export const users = developmentParts;

/** What the bench's and the drills' people are in the programmes and management tables they work in. */
export const parts = partsIn;
