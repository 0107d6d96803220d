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
export {
  parsePayloadKeys,
  payloadKeyFileVariable,
  payloadKeySettings,
  payloadKeysVariable,
  type PayloadKey,
  type PayloadKeySettings,
} from './payloadKeys.js';
export { temporalUiOrigins } from './temporalUi.js';
export { apiLimits, defaultRateLimits, type ApiLimits, type RateLimits } from './limits.js';
export {
  databaseSettings,
  databaseTimeouts,
  type DatabaseSettings,
  type DatabaseTimeouts,
} from './database.js';
export { shutdownGraceMs } from './shutdown.js';
export { trustProxyFromEnv } from './proxy.js';
export { workerHealthListen } from './workerHealth.js';
export { defaultRecordRetention, recordRetention, recordRetentionVariables } from './recordRetention.js';
export { mailSettings, mailSinkDir, type MailSettings } from './mail.js';
