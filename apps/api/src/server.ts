import Fastify, { type FastifyInstance } from 'fastify';
import fastifyCookie from '@fastify/cookie';
import { fastifyTRPCPlugin, type FastifyTRPCPluginOptions } from '@trpc/server/adapters/fastify';
import { guardRequests } from './auth/guard.js';
import { calendarFeedRoutes } from './calendar/feedRoute.js';
import { icalPrefix } from './calendar/feedUrls.js';
import { authPrefix, authRoutes } from './auth/routes.js';
import { codecPrefix, codecRoutes } from './codec/routes.js';
import { createTRPCContext, type ApiDependencies } from './context.js';
import { inFlightCalls } from './inFlight.js';
import { servePanel } from './panel.js';
import { appRouter, type AppRouter } from './root.js';

/** Where the tRPC procedures are served. */
export const trpcPrefix = '/trpc';

export interface ApiServerOptions {
  logger?: boolean;
  /** The built control panel (`apps/web/dist`), served at `/` next to the API: production's one address. */
  panelRoot?: string;
  /** The Temporal UI's origins (TEMPORAL_UI_ORIGIN): its pages may call the codec endpoint with the session cookie. */
  temporalUiOrigins?: readonly string[];
}

/** The API as a Fastify instance, not yet listening: used by the API process and by the tests. */
export async function buildApiServer(
  dependencies: ApiDependencies,
  options: ApiServerOptions = {},
): Promise<FastifyInstance> {
  const server = Fastify({ logger: options.logger ?? false, routerOptions: { maxParamLength: 5000 } });
  const inFlight = inFlightCalls();
  // preClose: new requests are refused by then, and the onClose hooks, which release what the calls use (the
  // record), run only after it.
  server.addHook('preClose', () => inFlight.drained());
  await server.register(fastifyCookie);
  const uiOrigins = options.temporalUiOrigins ?? [];
  guardRequests(server, dependencies.auth, [{ prefix: `${codecPrefix}/`, origins: uiOrigins }]);
  await server.register(authRoutes, { prefix: authPrefix, dependencies, inFlight });
  await server.register(calendarFeedRoutes, { prefix: icalPrefix, dependencies, inFlight });
  await server.register(codecRoutes, { prefix: codecPrefix, dependencies, inFlight, uiOrigins });
  await server.register(fastifyTRPCPlugin, {
    prefix: trpcPrefix,
    trpcOptions: {
      router: appRouter,
      createContext: ({ req }) => createTRPCContext(dependencies, req, inFlight),
      onError({ error, path }) {
        if (error.code === 'INTERNAL_SERVER_ERROR')
          server.log.error({ err: error, path }, 'procedure failed');
        if (error.code === 'SERVICE_UNAVAILABLE') server.log.warn({ err: error.cause, path }, error.message);
      },
    } satisfies FastifyTRPCPluginOptions<AppRouter>['trpcOptions'],
  });
  if (options.panelRoot !== undefined)
    await servePanel(server, options.panelRoot, [trpcPrefix, authPrefix, icalPrefix, codecPrefix]);
  return server;
}
