import { createTRPCClient, httpLink, TRPCClientError } from '@trpc/client';
import { developmentHeader, type AppRouter } from '@leercyclus/api';
import type { HeldMembership } from '@leercyclus/db/testing';

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
export const users = {
  leader: 'anna.projectleider',
  coordinator: 'bram.coordinator',
  monitor: 'chris.monitor',
  management: 'dana.management',
  participant: 'eva.deelnemer',
  administrator: 'frank.beheer',
} as const;

/**
 * What the bench's and the drills' people are in the programmes and management tables they work in: Anna leads
 * and coordinates, Bram coordinates, Chris monitors, Eva takes part, Dana sits on the tables.
 */
export function parts(scopes: {
  programmes?: readonly string[];
  tables?: readonly string[];
}): HeldMembership[] {
  return [
    ...(scopes.programmes ?? []).flatMap((scopeId): HeldMembership[] => [
      { personId: users.leader, scope: 'programme', scopeId, role: 'projectLeader' },
      { personId: users.leader, scope: 'programme', scopeId, role: 'coordinator' },
      { personId: users.coordinator, scope: 'programme', scopeId, role: 'coordinator' },
      { personId: users.monitor, scope: 'programme', scopeId, role: 'monitor' },
      { personId: users.participant, scope: 'programme', scopeId, role: 'participant' },
    ]),
    ...(scopes.tables ?? []).map((scopeId): HeldMembership => ({
      personId: users.management,
      scope: 'table',
      scopeId,
      role: 'member',
    })),
  ];
}
