import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import { listPeople, useSignInLink, verifyPassword } from '@leercyclus/db';
import type { ApiDependencies } from '../context.js';
import { trackRoutes, type InFlight } from '../inFlight.js';
import { unreachablePart } from '../unreachable.js';
import { oidcSignInOptions } from './oidc/options.js';
import { oidcSignIn } from './oidc/plugin.js';
import { linkUsedPage } from './pages.js';
import { endSessionCookie, startSessionCookie } from './session.js';
import { signInTime } from './signedIn.js';

/** Where the sign-in routes are served. */
export const authPrefix = '/auth';

export interface AuthRoutesOptions {
  dependencies: ApiDependencies;
  inFlight: InFlight;
}

const localSignInSchema = z.object({
  email: z.string({ error: 'Vul je e-mailadres in.' }).trim().min(1, { error: 'Vul je e-mailadres in.' }),
  password: z.string({ error: 'Vul je wachtwoord in.' }).min(1, { error: 'Vul je wachtwoord in.' }),
});

/** The people the panel's picker offers in development mode: everyone active, by name. */
export async function pickablePeople(dependencies: ApiDependencies): Promise<{ id: string; name: string }[]> {
  const people = await listPeople(dependencies.db);
  return people.filter((person) => person.active).map(({ id, name }) => ({ id, name }));
}

/**
 * Signing in and out outside tRPC, because they set and clear the session cookie:
 * - `GET /auth/mode`: how this server signs people in (and in development mode whom the picker offers);
 * - `POST /auth/local` `{email, password}`: a password sign-in (local and development mode), 204 and the cookie,
 *   401 on a wrong address or password, 429 while the address is locked after repeated failures;
 * - `GET /auth/link/:token`: a one-time sign-in link (as `npm start` prints for the first administrator), then
 *   to the panel; a used or expired link answers 410 with a page that says so;
 * - `POST /auth/signout`: ends the session, 204;
 * - with AUTH=oidc, `GET /auth/oidc/start` and `GET /auth/oidc/callback`: sign-in through the identity provider.
 */
export const authRoutes: FastifyPluginAsync<AuthRoutesOptions> = async (
  server,
  { dependencies, inFlight },
) => {
  const { db, auth } = dependencies;

  trackRoutes(server, inFlight);

  server.setErrorHandler(async (error, request, reply) => {
    if (unreachablePart(error) === null) {
      request.log.error({ err: error }, 'sign-in failed');
      return reply.code(500).send({ message: 'Aanmelden lukt nu niet door een fout in de server.' });
    }
    request.log.warn({ err: error }, 'sign-in: the record or Temporal is out of reach');
    return reply
      .code(503)
      .send({ message: 'De database is nu niet bereikbaar; probeer het over een minuut opnieuw.' });
  });

  if (auth.oidc)
    await server.register(oidcSignIn, { prefix: '/oidc', ...oidcSignInOptions(dependencies, auth.oidc) });

  server.get('/mode', async () => ({
    mode: auth.mode,
    ...(auth.mode === 'development' ? { developmentPeople: await pickablePeople(dependencies) } : {}),
  }));

  server.post('/local', async (request, reply) => {
    if (auth.mode === 'oidc') {
      return reply
        .code(404)
        .send({ message: 'Aanmelden met een wachtwoord staat uit: meld je aan via je organisatie.' });
    }
    const input = localSignInSchema.safeParse(request.body ?? {});
    if (!input.success) {
      return reply.code(400).send({
        message: input.error.issues.map((issue) => issue.message).join(' '),
        fieldErrors: input.error.issues.map((issue) => ({
          path: issue.path.join('.'),
          message: issue.message,
        })),
      });
    }
    const now = await signInTime(dependencies);
    const check = await verifyPassword(db, input.data.email, input.data.password, now);
    if (check.ok) {
      await startSessionCookie(reply, db, check.personId, 'password', auth, now);
      return reply.code(204).send();
    }
    if (check.reason === 'locked') {
      const minutes = Math.ceil(check.retryAfterSeconds / 60);
      return reply
        .code(429)
        .header('retry-after', String(check.retryAfterSeconds))
        .send({
          message: `Te veel mislukte pogingen met dit e-mailadres. Probeer het over ${minutes === 1 ? 'een minuut' : `${minutes} minuten`} opnieuw.`,
          retryAfterSeconds: check.retryAfterSeconds,
        });
    }
    return reply.code(401).send({ message: 'Dit e-mailadres en wachtwoord horen niet bij elkaar.' });
  });

  server.get<{ Params: { token: string } }>('/link/:token', async (request, reply) => {
    const now = await signInTime(dependencies);
    const personId = await useSignInLink(db, request.params.token, now);
    // The token is in the address: no referrer takes it along, and no cache keeps the answer.
    reply.header('referrer-policy', 'no-referrer').header('cache-control', 'no-store');
    if (personId === null) return reply.code(410).type('text/html; charset=utf-8').send(linkUsedPage);
    await startSessionCookie(reply, db, personId, 'link', auth, now);
    return reply.redirect('/', 303);
  });

  server.post('/signout', async (request, reply) => {
    await endSessionCookie(request, reply, db, auth);
    return reply.code(204).send();
  });
};
