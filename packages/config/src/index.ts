export { temporalSettings, type TemporalSettings } from './temporal.js';
export { defaultPorts, portFromEnv } from './ports.js';
export { defaultRetentionDays, retentionFromEnv } from './retention.js';
