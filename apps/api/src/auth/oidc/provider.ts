import {
  allowInsecureRequests,
  AuthorizationResponseError,
  ClientError,
  discovery,
  ResponseBodyError,
  type Configuration,
} from 'openid-client';
import type { Refusal } from './refusalPage.js';
import { isLoopbackHttp, type OidcSettings } from '@leercyclus/config';

/**
 * The identity provider's configuration, discovered on first use and kept; a failed discovery is tried again on
 * the next sign-in, so the API starts (and serves everything else) while the provider is away.
 */
export function providerConfiguration(settings: OidcSettings): () => Promise<Configuration> {
  let discovered: Promise<Configuration> | undefined;
  return () => {
    discovered ??= discovery(settings.issuer, settings.clientId, settings.clientSecret, undefined, {
      timeout: 10,
      // Plain http only to a provider on this machine, as the settings allow it (the tests' provider).
      ...(isLoopbackHttp(settings.issuer) ? { execute: [allowInsecureRequests] } : {}),
    }).catch((error: unknown) => {
      discovered = undefined;
      throw error;
    });
    return discovered;
  };
}

/** Why the provider's answer was not accepted, for the user: the protocol's refusals against an absent provider. */
export function refusalOf(error: unknown): Refusal {
  if (error instanceof AuthorizationResponseError) {
    return error.error === 'access_denied' ? 'cancelled' : 'notConfirmed';
  }
  if (error instanceof ResponseBodyError || error instanceof ClientError) return 'notConfirmed';
  // fetch's TypeError, a timeout's DOMException: the provider did not answer.
  return 'providerUnreachable';
}

/** The error's code for the audit log (`invalid_grant`, `OAUTH_JWT_CLAIM_COMPARISON_FAILED`), never its text. */
export function errorCodeOf(error: unknown): string {
  if (error instanceof AuthorizationResponseError || error instanceof ResponseBodyError) return error.error;
  if (error instanceof ClientError && error.code) return error.code;
  return error instanceof Error ? error.name : 'unknown';
}
