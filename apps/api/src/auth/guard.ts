import type { FastifyInstance, FastifyRequest } from 'fastify';
import { normalHostname, type AuthSettings } from '@leercyclus/config';
import { sessionCookie } from './session.js';

/** Methods that only read; every other one may change state and must come from the panel's own pages. */
const readingMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Routes under a path that pages of other origins may call with the session cookie (the Temporal UI: /codec/). */
export interface CrossOriginRoutes {
  prefix: string;
  origins: readonly string[];
}

/**
 * Two checks before any request is handled:
 * - the Host header names a host the server is configured for (PUBLIC_URL, ALLOWED_HOSTS, loopback), so a page
 *   on a foreign name that resolves to this server (DNS rebinding) gets nothing: 421;
 * - a request that may change state and carries the session cookie comes from an allowed origin (CSRF): the
 *   public address, or the very host it was sent to (the API's own address). A browser sends Origin with every
 *   POST; a client that sends none is not a browser and may go on only without the cookie. A bearer-token
 *   request without the cookie is exempt: no page can make a browser add that header for another site. Under a
 *   prefix of `crossOrigin`, its origins are allowed too, there only.
 */
export function guardRequests(
  server: FastifyInstance,
  settings: AuthSettings,
  crossOrigin: readonly CrossOriginRoutes[] = [],
  /** Paths answered whatever the host (the health probes): they only read, and tell nothing of anyone. */
  anyHost: readonly string[] = [],
): void {
  const allowedHosts = new Set(settings.allowedHosts);
  server.addHook('onRequest', async (request, reply) => {
    if (anyHost.includes(request.url.split('?')[0] ?? '') && readingMethods.has(request.method)) return;
    const host = hostnameOf(request.headers.host);
    if (host === undefined || !allowedHosts.has(host)) {
      return reply.code(421).send({
        message: 'Deze server is niet ingesteld voor deze hostnaam (zie PUBLIC_URL en ALLOWED_HOSTS).',
      });
    }
    if (!readingMethods.has(request.method) && !fromAllowedOrigin(request, settings, crossOrigin)) {
      return reply.code(403).send({
        message: 'Dit verzoek komt niet van het controlepaneel van deze server en is geweigerd.',
      });
    }
  });
}

function hostnameOf(hostHeader: string | undefined): string | undefined {
  if (!hostHeader) return undefined;
  return URL.canParse(`http://${hostHeader}`)
    ? normalHostname(new URL(`http://${hostHeader}`).hostname)
    : undefined;
}

function fromAllowedOrigin(
  request: FastifyRequest,
  settings: AuthSettings,
  crossOrigin: readonly CrossOriginRoutes[],
): boolean {
  const withSession = request.cookies[sessionCookie] !== undefined;
  if (!withSession && /^bearer /i.test(request.headers.authorization ?? '')) return true;
  const origin = request.headers.origin ?? originOf(request.headers.referer);
  if (origin === undefined) return !withSession;
  if (origin === settings.publicUrl) return true;
  if (crossOrigin.some((routes) => request.url.startsWith(routes.prefix) && routes.origins.includes(origin)))
    return true;
  return URL.canParse(origin) && new URL(origin).host === request.headers.host?.toLowerCase();
}

function originOf(referer: string | undefined): string | undefined {
  return referer && URL.canParse(referer) ? new URL(referer).origin : undefined;
}
