import Fastify, { type FastifyInstance } from 'fastify';
import { oidcSettingsFromEnv, oidcSignIn, recordPeople, type OidcRefusal } from '@leercyclus/api';
import { startSession, type Db } from '@leercyclus/db';
import { freePort } from '@leercyclus/harness';

export const sessionCookie = 'leercyclus_session';

export interface OidcApi {
  origin: string;
  redirectUri: string;
  /** The sign-ins refused so far, as the audit log got them. */
  refusals: OidcRefusal[];
  start(): Promise<FastifyInstance>;
}

/**
 * An API signing in through the provider (AUTH=oidc) on its own port, with these OIDC_* settings; `start` once
 * the provider serves its redirect URI.
 */
export async function oidcApi(db: Db, env: Record<string, string>): Promise<OidcApi> {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const settings = oidcSettingsFromEnv(env, origin);
  const refusals: OidcRefusal[] = [];
  return {
    origin,
    redirectUri: settings.redirectUrl.href,
    refusals,
    async start() {
      const server = Fastify();
      await server.register(oidcSignIn, {
        settings,
        people: recordPeople(db),
        async startSession(_request, reply, personId) {
          const id = await startSession(db, personId, 'oidc');
          reply.setCookie(sessionCookie, id, { httpOnly: true, sameSite: 'lax', path: '/' });
        },
        audit: (refusal) => {
          refusals.push(refusal);
          return Promise.resolve();
        },
      });
      await server.listen({ port, host: '127.0.0.1' });
      return server;
    },
  };
}
