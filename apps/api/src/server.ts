import Fastify, { type FastifyInstance } from 'fastify';
import { fastifyTRPCPlugin, type FastifyTRPCPluginOptions } from '@trpc/server/adapters/fastify';
import { resolveUser, userHeader, type ApiDependencies, type Context } from './context.js';
import { appRouter, type AppRouter } from './router.js';

/** Where the tRPC procedures are served. */
export const trpcPrefix = '/trpc';

/** The API as a Fastify instance, not yet listening: used by the API process and by the tests. */
export async function buildApiServer(
  dependencies: ApiDependencies,
  options: { logger?: boolean } = {},
): Promise<FastifyInstance> {
  const server = Fastify({ logger: options.logger ?? false, routerOptions: { maxParamLength: 5000 } });
  await server.register(fastifyTRPCPlugin, {
    prefix: trpcPrefix,
    trpcOptions: {
      router: appRouter,
      createContext: ({ req }): Context => ({ ...dependencies, user: resolveUser(req.headers[userHeader]) }),
      onError({ error, path }) {
        if (error.code === 'INTERNAL_SERVER_ERROR')
          server.log.error({ err: error, path }, 'procedure failed');
      },
    } satisfies FastifyTRPCPluginOptions<AppRouter>['trpcOptions'],
  });
  return server;
}
