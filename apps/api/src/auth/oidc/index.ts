export { oidcSignIn, type OidcRefusal, type OidcSignInOptions } from './plugin.js';
export { oidcSettingsFromEnv, type OidcSettings } from './settings.js';
export { recordPeople } from './recordPeople.js';
export type { OidcPeople } from './matchPerson.js';
