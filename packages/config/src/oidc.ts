import { isLoopback } from './hosts.js';
import { z } from 'zod';

/** The path the API answers the identity provider's redirect on; OIDC_REDIRECT_URL must end in it. */
export const oidcCallbackPath = '/auth/oidc/callback';

export interface OidcSettings {
  /** The identity provider's issuer identifier; its discovery document is read from it. */
  issuer: URL;
  clientId: string;
  clientSecret: string;
  /** Where the identity provider sends the browser back to: registered at the provider as is. */
  redirectUrl: URL;
  /**
   * How a signed-in identity finds its person: `email` on every sign-in by the verified e-mail address;
   * `subject` by the identity's subject at this issuer, linked by the verified e-mail address on its first
   * sign-in, so a later change of address at the provider changes nothing.
   */
  match: 'email' | 'subject';
  /** When set, an unknown verified e-mail address becomes a person of this organisation, without memberships. */
  autoProvision: { organisation: string } | null;
}

/** Plain http only to a provider on this machine (the tests' provider); anything else must be https. */
export function isLoopbackHttp(url: URL): boolean {
  return url.protocol === 'http:' && isLoopback(url.hostname);
}

const secureUrl = (name: string, example: string) =>
  z
    .string({ error: `${name} is required when AUTH=oidc (${example})` })
    .trim()
    .min(1, { error: `${name} is required when AUTH=oidc (${example})` })
    .transform((raw, ctx) => {
      if (!URL.canParse(raw)) {
        ctx.addIssue({ code: 'custom', message: `${name} must be a URL (${example}), got "${raw}"` });
        return z.NEVER;
      }
      const url = new URL(raw);
      if (url.protocol !== 'https:' && !isLoopbackHttp(url)) {
        ctx.addIssue({ code: 'custom', message: `${name} must be an https URL, got "${raw}"` });
        return z.NEVER;
      }
      return url;
    });

const required = (name: string, what: string) =>
  z
    .string({ error: `${name} is required when AUTH=oidc (${what})` })
    .trim()
    .min(1, { error: `${name} is required when AUTH=oidc (${what})` });

const oidcEnvSchema = z.object({
  OIDC_ISSUER: secureUrl('OIDC_ISSUER', 'e.g. https://login.microsoftonline.com/<tenant>/v2.0'),
  OIDC_CLIENT_ID: required('OIDC_CLIENT_ID', 'the client id the identity provider gave this application'),
  OIDC_CLIENT_SECRET: required('OIDC_CLIENT_SECRET', "the client's secret at the identity provider"),
  OIDC_MATCH: z
    .string()
    .trim()
    .optional()
    .transform((raw) => raw || 'email')
    .pipe(z.enum(['email', 'subject'], { error: 'OIDC_MATCH must be "email" or "subject"' })),
  OIDC_AUTO_PROVISION: z
    .string()
    .trim()
    .optional()
    .transform((raw) => raw || 'false')
    .pipe(z.enum(['true', 'false'], { error: 'OIDC_AUTO_PROVISION must be "true" or "false"' })),
  OIDC_ORGANISATION: z.string().trim().optional(),
});

/** The redirect URL, or what is wrong with it. */
function redirectUrlOf(explicit: string | undefined, publicUrl: string): URL | string {
  const raw = explicit || `${publicUrl}${oidcCallbackPath}`;
  const name = explicit ? 'OIDC_REDIRECT_URL' : 'PUBLIC_URL';
  if (!URL.canParse(raw)) return `OIDC_REDIRECT_URL must be a URL, got "${raw}"`;
  const url = new URL(raw);
  if (url.protocol !== 'https:' && !isLoopbackHttp(url)) {
    return `${name} must be an https address for sign-in through an identity provider, got "${raw}"`;
  }
  if (!url.pathname.endsWith(oidcCallbackPath) || url.search !== '' || url.hash !== '') {
    return `OIDC_REDIRECT_URL must end in ${oidcCallbackPath} (this server's callback), got "${raw}"`;
  }
  return url;
}

/**
 * The OpenID Connect settings from the environment, every problem named by its variable. `publicUrl` is the
 * panel's address (PUBLIC_URL, see authSettings), where the provider sends people back unless OIDC_REDIRECT_URL
 * says otherwise.
 */
export function oidcSettings(env: NodeJS.ProcessEnv, publicUrl: string): OidcSettings {
  const parsed = oidcEnvSchema.safeParse(env);
  const problems = parsed.success ? [] : parsed.error.issues.map((issue) => issue.message);
  const redirectUrl = redirectUrlOf(env.OIDC_REDIRECT_URL?.trim(), publicUrl);
  if (typeof redirectUrl === 'string') problems.push(redirectUrl);
  const autoProvision = parsed.data?.OIDC_AUTO_PROVISION === 'true';
  const organisation = parsed.data?.OIDC_ORGANISATION;
  if (autoProvision && !organisation) {
    problems.push(
      'OIDC_ORGANISATION is required when OIDC_AUTO_PROVISION=true (the organisation new people belong to)',
    );
  }
  if (!parsed.success || typeof redirectUrl === 'string' || problems.length > 0) {
    throw new Error(`AUTH=oidc is not configured: ${problems.join('; ')}`);
  }
  return {
    issuer: parsed.data.OIDC_ISSUER,
    clientId: parsed.data.OIDC_CLIENT_ID,
    clientSecret: parsed.data.OIDC_CLIENT_SECRET,
    redirectUrl,
    match: parsed.data.OIDC_MATCH,
    autoProvision: autoProvision && organisation ? { organisation } : null,
  };
}
