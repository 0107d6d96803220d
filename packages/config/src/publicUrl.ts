import { z } from 'zod';
import { defaultPorts, portFromEnv } from './ports.js';

/** PUBLIC_URL as given: an http(s) origin without a path, returned as that origin; unset when empty. */
export const publicUrlSchema = z
  .string()
  .trim()
  .optional()
  .transform((raw, ctx) => {
    if (raw === undefined || raw === '') return undefined;
    const url = URL.canParse(raw) ? new URL(raw) : undefined;
    if (
      !url ||
      (url.protocol !== 'http:' && url.protocol !== 'https:') ||
      url.pathname !== '/' ||
      url.search
    ) {
      ctx.addIssue({
        code: 'custom',
        message: `PUBLIC_URL must be the panel's address without a path, such as https://leercyclus.example.nl; got "${raw}"`,
      });
      return z.NEVER;
    }
    return url.origin;
  });

/**
 * The panel's address as people open it, which links in sign-in links and e-mail point at: PUBLIC_URL, or the
 * API's own loopback address (http://127.0.0.1:API_PORT). A wrong value throws, naming the variable.
 */
export function publicUrl(env: NodeJS.ProcessEnv = process.env): string {
  const parsed = publicUrlSchema.safeParse(env.PUBLIC_URL);
  if (!parsed.success) throw new Error(parsed.error.issues.map((issue) => issue.message).join('; '));
  return parsed.data ?? defaultPublicUrl(env);
}

export function defaultPublicUrl(env: NodeJS.ProcessEnv): string {
  return `http://127.0.0.1:${portFromEnv('API_PORT', defaultPorts.api, env)}`;
}
