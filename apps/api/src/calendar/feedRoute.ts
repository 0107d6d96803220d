import type { FastifyPluginCallback } from 'fastify';
import { calendarFeed } from '@leercyclus/calendar';
import { appendAudit, resolveCalendarFeed } from '@leercyclus/db';
import { originOf } from '../audit/origin.js';
import { signInTime } from '../auth/signedIn.js';
import type { ApiDependencies } from '../context.js';
import { trackHandlers, type InFlight } from '../inFlight.js';
import { unreachablePart } from '../unreachable.js';
import { feedContents } from './feedContents.js';

const notFoundText = 'Deze agenda bestaat niet (meer): maak in Leercyclus een nieuw agenda-abonnement aan.';

/**
 * `GET /ical/<secret>.ics`: a calendar feed, fetched by calendar applications without a cookie; the secret in the
 * address is the credential. Every fetch reads the feed's person and their memberships as they are now and is
 * written to the audit trail as a read. A secret unknown, revoked, of an inactive person, or for a cycle they may
 * no longer see answers 404.
 */
export const calendarFeedRoutes: FastifyPluginCallback<{
  dependencies: ApiDependencies;
  inFlight: InFlight;
}> = (server, { dependencies, inFlight }, done) => {
  const { db, temporal, auth } = dependencies;
  trackHandlers(server, inFlight);

  server.setErrorHandler(async (error, request, reply) => {
    const part = unreachablePart(error);
    if (part === null) {
      request.log.error({ err: error }, 'calendar feed failed');
      return reply.code(500).type('text/plain; charset=utf-8').send('De agenda kan nu niet worden gemaakt.');
    }
    request.log.warn({ err: error }, `calendar feed: ${part} out of reach`);
    return reply
      .code(503)
      .header('retry-after', '60')
      .type('text/plain; charset=utf-8')
      .send('De agenda is even niet bereikbaar; probeer het over een minuut opnieuw.');
  });

  server.get<{ Params: { file: string } }>('/:file', async (request, reply) => {
    // The secret is in the address: no referrer takes it along, and no shared cache keeps the answer.
    reply.header('referrer-policy', 'no-referrer').header('cache-control', 'private, no-store');
    const token = /^(.+)\.ics$/.exec(request.params.file)?.[1];
    const now = await signInTime(dependencies);
    const opened = token === undefined ? null : await resolveCalendarFeed(db, token, now);
    const contents =
      opened &&
      (await feedContents(
        { temporal, db, site: { publicUrl: auth.publicUrl }, now },
        opened.feed,
        opened.signedIn,
      ));
    if (!opened || !contents) return reply.code(404).type('text/plain; charset=utf-8').send(notFoundText);
    const { feed } = opened;
    await appendAudit(
      db,
      // The feed's id names the credential in the trail, as a session's fingerprint does.
      { userId: feed.personId, origin: { ...originOf(request), session: `calendar:${feed.id}` } },
      {
        operation: 'read',
        action: 'readCalendarFeed',
        recordType: feed.scope === 'cycle' ? 'cycle' : 'person',
        recordId: feed.scope === 'cycle' ? feed.cycleId : feed.personId,
        details: { feedId: feed.id, events: contents.entries.length },
      },
    );
    return reply
      .type('text/calendar; charset=utf-8')
      .header('content-disposition', 'inline; filename="leercyclus.ics"')
      .send(calendarFeed(contents.name, contents.entries, now));
  });
  done();
};
