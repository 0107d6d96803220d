import { Client, Connection } from '@temporalio/client';
import type { FastifyInstance } from 'fastify';
import { buildApiServer } from '@leercyclus/api';
import { authSettings } from '@leercyclus/config';
import type { Db } from '@leercyclus/db';
import { freePort } from '@leercyclus/harness';

export interface OidcApi {
  origin: string;
  redirectUri: string;
  /** Listens, once the provider serves the redirect URI. */
  start(): Promise<FastifyInstance>;
}

/**
 * The API with AUTH=oidc and these OIDC_* settings on its own loopback port, on the given record. Sign-in
 * touches no workflow: its Temporal client never connects.
 */
export async function oidcApi(db: Db, env: Record<string, string>): Promise<OidcApi> {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const auth = authSettings({ AUTH: 'oidc', PUBLIC_URL: origin, ...env });
  const temporal = new Client({ connection: Connection.lazy({ address: '127.0.0.1:1' }) });
  return {
    origin,
    redirectUri: auth.oidc!.redirectUrl.href,
    async start() {
      const server = await buildApiServer({ temporal, db, auth });
      await server.listen({ port, host: '127.0.0.1' });
      return server;
    },
  };
}
