import fastifyHelmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';

/** Half a year of HTTPS only, once a browser has seen the panel over HTTPS. */
const hstsSeconds = 180 * 24 * 60 * 60;

/**
 * Security headers on every answer (the panel's pages, /trpc, /auth), by helmet:
 * - a Content-Security-Policy the built panel works under: its own scripts only, no inline script; styles
 *   inline as well, because Mantine sets CSS variables in `style` attributes and `<style>` elements at run time
 *   (a nonce cannot cover attributes); images and fonts its own or `data:` (Mantine's CSS draws some icons so);
 *   calls to its own address only; no plugins; never inside a frame (`frame-ancestors 'none'`, and
 *   X-Frame-Options for old browsers);
 * - X-Content-Type-Options nosniff, Referrer-Policy same-origin (the panel's own requests keep theirs, as the
 *   CSRF check reads it; another site learns nothing of the page);
 * - Strict-Transport-Security, and upgrading stray http requests, only when the panel is served over HTTPS
 *   (PUBLIC_URL): over plain HTTP on one machine they would lock a browser out.
 * A route with other needs sets its own (`helmet: { … }` in its route options, e.g. CORS for another origin).
 */
export async function addSecurityHeaders(server: FastifyInstance, publicUrl: string): Promise<void> {
  const https = new URL(publicUrl).protocol === 'https:';
  await server.register(fastifyHelmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        ...(https ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    strictTransportSecurity: https ? { maxAge: hstsSeconds, includeSubDomains: false } : false,
    referrerPolicy: { policy: 'same-origin' },
    xFrameOptions: { action: 'deny' },
  });
}
