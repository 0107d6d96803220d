import type { FastifyPluginCallback, FastifyReply } from 'fastify';
import { unsubscribe, unsubscriberOf } from '@leercyclus/db';
import type { ApiDependencies } from '../context.js';
import { originOf } from '../audit/origin.js';
import { trackHandlers, type InFlight } from '../inFlight.js';
import { confirmPage, donePage, unknownLinkPage } from './unsubscribePage.js';

/** Where the routes for links in e-mail are served. */
export const mailPrefix = '/mail';

export interface UnsubscribeRoutesOptions {
  dependencies: ApiDependencies;
  inFlight: InFlight;
}

/** The token is in the address: no referrer takes it along, and no cache keeps the answer. */
function html(reply: FastifyReply, status: number, body: string): FastifyReply {
  return reply
    .code(status)
    .header('referrer-policy', 'no-referrer')
    .header('cache-control', 'no-store')
    .type('text/html; charset=utf-8')
    .send(body);
}

/**
 * The unsubscribe link of every message that is not mandatory, without signing in:
 * - `GET /mail/afmelden/:token` shows what it would do and a button (link scanners open every link, so opening
 *   it changes nothing);
 * - `POST /mail/afmelden/:token` — the button, or a mail client's one-click request (RFC 8058, body
 *   `List-Unsubscribe=One-Click`) — leaves its person only mandatory messages, audited as their own change.
 */
export const unsubscribeRoutes: FastifyPluginCallback<UnsubscribeRoutesOptions> = (
  server,
  { dependencies, inFlight },
  done,
) => {
  const { db } = dependencies;
  trackHandlers(server, inFlight);
  // A one-click request's body says only that it is one; what counts is the token in the address.
  for (const type of ['application/x-www-form-urlencoded', 'multipart/form-data']) {
    server.addContentTypeParser(type, { parseAs: 'string', bodyLimit: 4096 }, (_request, _body, done) =>
      done(null, null),
    );
  }

  server.get<{ Params: { token: string } }>('/afmelden/:token', async (request, reply) => {
    const found = await unsubscriberOf(db, request.params.token);
    if (!found) return html(reply, 404, unknownLinkPage);
    return html(reply, 200, confirmPage(found.name, found.delivery === 'mandatoryOnly'));
  });

  server.post<{ Params: { token: string } }>('/afmelden/:token', async (request, reply) => {
    const unsubscribed = await unsubscribe(db, request.params.token, originOf(request));
    if (!unsubscribed) return html(reply, 404, unknownLinkPage);
    return html(reply, 200, donePage(unsubscribed.name));
  });
  done();
};
