// request.cookies and reply.setCookie: the API server registers @fastify/cookie for every route.
import type {} from '@fastify/cookie';
import type { FastifyPluginCallback, FastifyReply } from 'fastify';
import type { OidcSettings } from '@leercyclus/config';
import {
  authorizationCodeGrant,
  buildAuthorizationUrl,
  calculatePKCECodeChallenge,
  randomNonce,
  randomPKCECodeVerifier,
  randomState,
  type IDToken,
} from 'openid-client';
import { flowCookie, flowKey, flowMinutes, openFlow, sealFlow, SpentFlows } from './flow.js';
import { matchPerson, type OidcPeople } from './matchPerson.js';
import { errorCodeOf, providerConfiguration, refusalOf } from './provider.js';
import { sameSitePath } from './returnTo.js';
import { sendRefusal, type Refusal } from './refusalPage.js';

/** A sign-in through the identity provider that was refused, for the audit log. */
export interface OidcRefusal {
  reason: Refusal;
  /** The person it was for, when it got that far. */
  personId: string | null;
  details: Record<string, string>;
}

export interface OidcSignInOptions {
  settings: OidcSettings;
  people: OidcPeople;
  /** Starts the person's session and sets its cookie on the reply. */
  startSession(reply: FastifyReply, personId: string): Promise<void>;
  audit(refusal: OidcRefusal): Promise<void>;
}

/** What the sign-in asks the provider for: the identity, its e-mail address and its name. */
const scope = 'openid email profile';

/**
 * Sign-in through the organisation's identity provider (AUTH=oidc): the authorization-code flow with PKCE, state
 * and nonce, by openid-client. Served under `/auth/oidc` (see oidcCallbackPath):
 * `GET /auth/oidc/start?returnTo=/path` sends the browser to the provider; `GET /auth/oidc/callback` takes its
 * answer, finds the person and starts a session, or shows why not.
 */
export const oidcSignIn: FastifyPluginCallback<OidcSignInOptions> = (server, options, done) => {
  const { settings } = options;
  const configuration = providerConfiguration(settings);
  const key = flowKey(settings.clientSecret);
  const spent = new SpentFlows();
  const cookieOptions = {
    httpOnly: true,
    // Lax: the provider's redirect back is a top-level navigation from another site, which must carry it.
    sameSite: 'lax',
    secure: settings.redirectUrl.protocol === 'https:',
    path: settings.redirectUrl.pathname,
  } as const;

  async function refuse(reply: FastifyReply, refusal: OidcRefusal): Promise<FastifyReply> {
    await options.audit(refusal);
    return sendRefusal(reply, refusal.reason);
  }

  server.get<{ Querystring: { returnTo?: unknown } }>('/start', async (request, reply) => {
    reply.header('cache-control', 'no-store');
    let config;
    try {
      config = await configuration();
    } catch (error) {
      request.log.error({ err: error }, 'the identity provider did not answer its discovery');
      return sendRefusal(reply, 'providerUnreachable');
    }
    const flow = {
      state: randomState(),
      nonce: randomNonce(),
      codeVerifier: randomPKCECodeVerifier(),
      returnTo: sameSitePath(request.query.returnTo),
    };
    const url = buildAuthorizationUrl(config, {
      redirect_uri: settings.redirectUrl.href,
      scope,
      state: flow.state,
      nonce: flow.nonce,
      code_challenge: await calculatePKCECodeChallenge(flow.codeVerifier),
      code_challenge_method: 'S256',
    });
    reply.setCookie(flowCookie, await sealFlow(flow, key), { ...cookieOptions, maxAge: flowMinutes * 60 });
    return reply.redirect(url.href, 302);
  });

  server.get('/callback', async (request, reply) => {
    reply.header('cache-control', 'no-store');
    // One use: whatever happens next, this flow is over.
    reply.clearCookie(flowCookie, cookieOptions);
    const flow = await openFlow(request.cookies[flowCookie], key);
    if (flow === null || !spent.spend(flow.state)) {
      return refuse(reply, { reason: 'expired', personId: null, details: {} });
    }
    // The answer as the provider addressed it: the registered redirect URL (not this server's own view of its
    // address behind a proxy) with the provider's parameters.
    const answer = new URL(settings.redirectUrl);
    answer.search = new URL(request.url, settings.redirectUrl).search;
    let claims: IDToken | undefined;
    try {
      const tokens = await authorizationCodeGrant(await configuration(), answer, {
        expectedState: flow.state,
        expectedNonce: flow.nonce,
        pkceCodeVerifier: flow.codeVerifier,
      });
      claims = tokens.claims();
    } catch (error) {
      const reason = refusalOf(error);
      request.log.warn({ err: error }, 'sign-in through the identity provider refused');
      return refuse(reply, { reason, personId: null, details: { error: errorCodeOf(error) } });
    }
    // expectedNonce makes openid-client require the ID token; checked again so a person is never undefined.
    if (claims === undefined) {
      return refuse(reply, { reason: 'notConfirmed', personId: null, details: { error: 'no id_token' } });
    }
    const match = await matchPerson(options.people, settings, claims);
    if ('refused' in match) {
      const details: Record<string, string> = { issuer: claims.iss, subject: claims.sub };
      // Who knocked, so an administrator can add them.
      if (typeof claims.email === 'string') details.email = claims.email;
      return refuse(reply, { reason: match.refused, personId: match.person?.id ?? null, details });
    }
    await options.startSession(reply, match.signIn.id);
    return reply.redirect(flow.returnTo, 303);
  });
  done();
};
