import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

/** Vite names the files under `assets/` by their content hash: a browser may keep them for good. */
const hashedAssets = /[\\/]assets[\\/]/;

/**
 * Serves the built control panel (`apps/web/dist`) next to the API, so production is one address. Paths the
 * panel's router owns (`/cycles/x/1`) get its index.html; a missing file (`/assets/gone.js`), anything under
 * the API's prefixes (`/trpc`, `/auth`) and every other method stay 404, so a wrong asset or procedure is never answered with HTML.
 */
export async function servePanel(
  server: FastifyInstance,
  root: string,
  apiPrefixes: readonly string[],
): Promise<void> {
  if (!existsSync(join(root, 'index.html'))) {
    throw new Error(
      `the control panel is not built: no index.html in ${root} (npm run build -w @leercyclus/web)`,
    );
  }
  await server.register(fastifyStatic, {
    root,
    // Read from disk per request (no file list taken at start), so a rebuilt panel is served as it is.
    wildcard: true,
    cacheControl: false,
    setHeaders(response, path) {
      // index.html names the current assets: it is checked again on every load, the assets never.
      response.setHeader(
        'cache-control',
        hashedAssets.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache',
      );
    },
  });
  server.setNotFoundHandler((request, reply) => {
    if (isPanelRoute(request, apiPrefixes)) return reply.sendFile('index.html');
    return notFound(request, reply);
  });
}

function isPanelRoute(request: FastifyRequest, apiPrefixes: readonly string[]): boolean {
  if (request.method !== 'GET' && request.method !== 'HEAD') return false;
  const path = request.url.split('?')[0] ?? '';
  if (apiPrefixes.some((prefix) => path === prefix || path.startsWith(`${prefix}/`))) return false;
  // The panel's routes have no file extension; a path with one asked for a file that is not there.
  const last = path.slice(path.lastIndexOf('/') + 1);
  return !last.includes('.');
}

function notFound(request: FastifyRequest, reply: FastifyReply) {
  return reply.code(404).send({
    error: 'Not Found',
    message: `${request.method} ${request.url.split('?')[0]} is not served here`,
  });
}
