import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import fastifyCookie from '@fastify/cookie';
import { fastifyTRPCPlugin, type FastifyTRPCPluginOptions } from '@trpc/server/adapters/fastify';
import { apiLimits, trustProxyFromEnv, type ApiLimits } from '@leercyclus/config';
import { maxCallsPerBatch } from '@leercyclus/domain';
import { guardRequests } from './auth/guard.js';
import { calendarFeedRoutes } from './calendar/feedRoute.js';
import { icalPrefix } from './calendar/feedUrls.js';
import { authPrefix, authRoutes } from './auth/routes.js';
import { codecPrefix, codecRoutes } from './codec/routes.js';
import { createTRPCContext, type ApiDependencies } from './context.js';
import { correlationIdOf } from './failures/correlation.js';
import { answerFailures } from './failures/httpErrors.js';
import { probePaths, serveProbes } from './health/probes.js';
import { inFlightCalls } from './inFlight.js';
import { registerRateLimiting } from './limits/rateLimits.js';
import { limitSignIns } from './limits/signIn.js';
import { retryAfterOf } from './limits/throttled.js';
import { writeLimits } from './limits/writes.js';
import { mailPrefix, unsubscribeRoutes } from './mail/unsubscribeRoutes.js';
import { servePanel } from './panel.js';
import { appRouter, type AppRouter } from './root.js';
import { addSecurityHeaders } from './securityHeaders.js';

/** Where the tRPC procedures are served. */
export const trpcPrefix = '/trpc';

export interface ApiServerOptions {
  /** Fastify's logger: on, off, or its options (a test hands it a stream to read what is logged). */
  logger?: FastifyServerOptions['logger'];
  /** The built control panel (`apps/web/dist`), served at `/` next to the API: production's one address. */
  panelRoot?: string;
  /** The Temporal UI's origins (TEMPORAL_UI_ORIGIN): its pages may call the codec endpoint with the session cookie. */
  temporalUiOrigins?: readonly string[];
  /** Rate limits, the body size and the timeouts; from the environment by default (`apiLimits`). */
  limits?: ApiLimits;
  /** The proxies whose word on the client's address counts; from TRUST_PROXY by default. */
  trustProxy?: string[] | false;
}

/** The API as a Fastify instance, not yet listening: used by the API process and by the tests. */
export async function buildApiServer(
  dependencies: ApiDependencies,
  options: ApiServerOptions = {},
): Promise<FastifyInstance> {
  const limits = options.limits ?? apiLimits();
  const server = Fastify({
    logger: options.logger ?? false,
    routerOptions: { maxParamLength: 5000 },
    bodyLimit: limits.bodyLimitBytes,
    requestTimeout: limits.requestTimeoutMs,
    handlerTimeout: limits.handlerTimeoutMs,
    // A connection silent for longer than any call may take is let go.
    connectionTimeout: limits.handlerTimeoutMs + 10_000,
    trustProxy: options.trustProxy ?? trustProxyFromEnv(),
  });
  // First, so every route and plugin registered below answers its failures this way.
  answerFailures(server, limits);
  const inFlight = inFlightCalls();
  // preClose: new requests are refused by then, and the onClose hooks, which release what the calls use (the
  // record), run only after it.
  server.addHook('preClose', () => inFlight.drained());
  await addSecurityHeaders(server, dependencies.auth.publicUrl);
  await registerRateLimiting(server);
  await server.register(fastifyCookie);
  const uiOrigins = options.temporalUiOrigins ?? [];
  guardRequests(server, dependencies.auth, [{ prefix: `${codecPrefix}/`, origins: uiOrigins }], probePaths);
  serveProbes(server, dependencies);
  await server.register(async (signIn) => {
    limitSignIns(signIn, limits.rates);
    await signIn.register(authRoutes, { prefix: authPrefix, dependencies, inFlight });
  });
  await server.register(calendarFeedRoutes, { prefix: icalPrefix, dependencies, inFlight });
  await server.register(codecRoutes, { prefix: codecPrefix, dependencies, inFlight, uiOrigins });
  const limitWrites = writeLimits(server, limits.rates);
  await server.register(unsubscribeRoutes, { prefix: mailPrefix, dependencies, inFlight });
  await server.register(fastifyTRPCPlugin, {
    prefix: trpcPrefix,
    trpcOptions: {
      router: appRouter,
      maxBatchSize: maxCallsPerBatch,
      async createContext({ req, info }) {
        const context = await createTRPCContext(dependencies, req, inFlight);
        await limitWrites(req, context.signedIn?.person.id ?? null, info);
        return context;
      },
      responseMeta({ errors }) {
        const retryAfter = retryAfterOf(errors);
        return retryAfter === undefined ? {} : { headers: { 'retry-after': String(retryAfter) } };
      },
      onError({ error, path }) {
        // The whole error (SQL, Temporal's text, the stack) goes to the log only, under the id its answer names.
        if (error.code === 'INTERNAL_SERVER_ERROR')
          server.log.error({ err: error, path, correlationId: correlationIdOf(error) }, 'procedure failed');
        if (error.code === 'SERVICE_UNAVAILABLE') server.log.warn({ err: error.cause, path }, error.message);
      },
    } satisfies FastifyTRPCPluginOptions<AppRouter>['trpcOptions'],
  });
  if (options.panelRoot !== undefined)
    await servePanel(server, options.panelRoot, [
      trpcPrefix,
      authPrefix,
      icalPrefix,
      codecPrefix,
      mailPrefix,
    ]);
  return server;
}
