export { temporalSettings, type TemporalSettings } from './temporal.js';
export { defaultPorts, portFromEnv } from './ports.js';
export { defaultRetentionDays, retentionFromEnv } from './retention.js';
export {
  apiAuthSettings,
  apiHost,
  authModes,
  authSettings,
  defaultSessionLifetime,
  developmentSignInRefusal,
  type AuthMode,
  type AuthSettings,
  type SessionLifetime,
} from './auth.js';
export { isLoopback, normalHostname } from './hosts.js';
export { isLoopbackHttp, oidcCallbackPath, oidcSettings, type OidcSettings } from './oidc.js';
export { mailSettings, mailSinkDir, type MailSettings } from './mail.js';
