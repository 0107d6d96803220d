import { z } from 'zod';
import { isLoopback, loopbackNames, normalHostname } from './hosts.js';
import { oidcSettings, type OidcSettings } from './oidc.js';
import { defaultPublicUrl, publicUrlSchema } from './publicUrl.js';

/**
 * How people sign in: `oidc` through the organisation's identity provider, `local` with the record's own
 * passwords (the default), `development` by naming a person in a header, for tests and demos on one machine.
 */
export const authModes = ['oidc', 'local', 'development'] as const;
export type AuthMode = (typeof authModes)[number];

export interface SessionLifetime {
  /** A session unused this long has ended. */
  idleMinutes: number;
  /** A session ends this long after its sign-in, however busy. */
  maxHours: number;
}

export interface AuthSettings {
  mode: AuthMode;
  /**
   * The control panel's address as people open it (PUBLIC_URL), an origin such as `https://leercyclus.example.nl`:
   * requests from it may change state, sign-in links point at it, and the session cookie is Secure when it is https.
   */
  publicUrl: string;
  /** Host names the server answers: PUBLIC_URL's, ALLOWED_HOSTS and loopback; any other is refused (DNS rebinding). */
  allowedHosts: string[];
  session: SessionLifetime;
  /** The identity provider and how its people are matched: present when mode is `oidc`. */
  oidc?: OidcSettings;
}

/** A working day without use signs out; a week at most. */
export const defaultSessionLifetime: SessionLifetime = { idleMinutes: 8 * 60, maxHours: 7 * 24 };

const positiveWhole = (name: string) =>
  z
    .string()
    .trim()
    .regex(/^\d+$/, { error: `${name} must be a whole number` })
    .transform(Number)
    .refine((n) => n > 0, { error: `${name} must be more than 0` });

const authEnvSchema = z.object({
  AUTH: z
    .string()
    .trim()
    .toLowerCase()
    .default('local')
    .pipe(
      z.enum(authModes, {
        error: (issue) => `AUTH must be oidc, local or development, got "${String(issue.input)}"`,
      }),
    ),
  PUBLIC_URL: publicUrlSchema,
  ALLOWED_HOSTS: z.string().optional(),
  SESSION_IDLE_MINUTES: positiveWhole('SESSION_IDLE_MINUTES').optional(),
  SESSION_MAX_HOURS: positiveWhole('SESSION_MAX_HOURS').optional(),
});

/**
 * How the API signs people in, from the environment: AUTH (default `local`), PUBLIC_URL (default the API's own
 * loopback address, http://127.0.0.1:API_PORT), ALLOWED_HOSTS (more host names, comma-separated),
 * SESSION_IDLE_MINUTES and SESSION_MAX_HOURS. A wrong value throws, naming its variable.
 */
export function authSettings(env: NodeJS.ProcessEnv = process.env): AuthSettings {
  const parsed = authEnvSchema.safeParse(emptyAsUnset(env));
  if (!parsed.success) throw new Error(parsed.error.issues.map((issue) => issue.message).join('; '));
  const { AUTH, PUBLIC_URL, ALLOWED_HOSTS, SESSION_IDLE_MINUTES, SESSION_MAX_HOURS } = parsed.data;
  const publicUrl = PUBLIC_URL ?? defaultPublicUrl(env);
  const extraHosts = (ALLOWED_HOSTS ?? '')
    .split(',')
    .map((host) => normalHostname(host.trim()))
    .filter((host) => host !== '');
  return {
    mode: AUTH,
    publicUrl,
    allowedHosts: [
      ...new Set([normalHostname(new URL(publicUrl).hostname), ...extraHosts, ...loopbackNames]),
    ],
    session: {
      idleMinutes: SESSION_IDLE_MINUTES ?? defaultSessionLifetime.idleMinutes,
      maxHours: SESSION_MAX_HOURS ?? defaultSessionLifetime.maxHours,
    },
    ...(AUTH === 'oidc' ? { oidc: oidcSettings(env, publicUrl) } : {}),
  };
}

/** An empty variable counts as unset, as elsewhere in the settings. */
function emptyAsUnset(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ''));
}

/**
 * Why development sign-in (anyone is anyone, by a header) must not start here, or null when it may: only on
 * one machine, never beyond loopback (API_HOST, PUBLIC_URL, ALLOWED_HOSTS) and never with NODE_ENV=production.
 */
export function developmentSignInRefusal(
  settings: AuthSettings,
  listen: { host: string; nodeEnv: string | undefined },
): string | null {
  if (settings.mode !== 'development') return null;
  const refuse = (because: string) =>
    `AUTH=development lets anyone act as anyone and is for one machine only, but ${because}. ` +
    'Use AUTH=local (the default) or AUTH=oidc.';
  if (listen.nodeEnv === 'production') return refuse('NODE_ENV=production says this is production');
  if (!isLoopback(listen.host)) return refuse(`API_HOST=${listen.host} listens beyond this machine`);
  const publicHost = new URL(settings.publicUrl).hostname;
  if (!isLoopback(publicHost)) return refuse(`PUBLIC_URL=${settings.publicUrl} is not on this machine`);
  const foreign = settings.allowedHosts.filter((host) => !isLoopback(host));
  if (foreign.length > 0) return refuse(`ALLOWED_HOSTS names ${foreign.join(', ')}`);
  return null;
}

/** Where the API listens: API_HOST, this machine only by default. */
export function apiHost(env: NodeJS.ProcessEnv = process.env): string {
  return env.API_HOST || '127.0.0.1';
}

/**
 * The API's sign-in settings as it starts: those of `authSettings`, refused (thrown, naming the setting) when
 * development sign-in would reach beyond this machine. The API and `npm start` both ask this before anything runs.
 */
export function apiAuthSettings(env: NodeJS.ProcessEnv = process.env): AuthSettings {
  const settings = authSettings(env);
  const refusal = developmentSignInRefusal(settings, { host: apiHost(env), nodeEnv: env.NODE_ENV });
  if (refusal) throw new Error(refusal);
  return settings;
}
