import Fastify, { type FastifyInstance } from 'fastify';
import fastifyCookie from '@fastify/cookie';
import { fastifyTRPCPlugin, type FastifyTRPCPluginOptions } from '@trpc/server/adapters/fastify';
import { guardRequests } from './auth/guard.js';
import { authPrefix, authRoutes } from './auth/routes.js';
import { createTRPCContext, type ApiDependencies } from './context.js';
import { inFlightCalls } from './inFlight.js';
import { mailPrefix, unsubscribeRoutes } from './mail/unsubscribeRoutes.js';
import { servePanel } from './panel.js';
import { appRouter, type AppRouter } from './root.js';

/** Where the tRPC procedures are served. */
export const trpcPrefix = '/trpc';

export interface ApiServerOptions {
  logger?: boolean;
  /** The built control panel (`apps/web/dist`), served at `/` next to the API: production's one address. */
  panelRoot?: string;
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
  guardRequests(server, dependencies.auth);
  await server.register(authRoutes, { prefix: authPrefix, dependencies, inFlight });
  await server.register(unsubscribeRoutes, { prefix: mailPrefix, dependencies, inFlight });
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
    await servePanel(server, options.panelRoot, [trpcPrefix, authPrefix, mailPrefix]);
  return server;
}
