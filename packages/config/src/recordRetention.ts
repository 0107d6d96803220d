import { retentionKinds, type RetentionKind, type RetentionPolicy } from '@leercyclus/domain';
import { defaultSessionLifetime } from './auth.js';

const year = 365;

/** How long the record keeps each kind, in days, unless told otherwise (docs/data-protection.md, "Retention"). */
export const defaultRecordRetention: RetentionPolicy = {
  sessionNotes: 1 * year,
  agenda: 5 * year,
  cases: 2 * year,
  signIn: 30,
  auditTrail: 7 * year,
};

/** The variable that sets each kind's period. */
export const recordRetentionVariables: Record<RetentionKind, string> = {
  sessionNotes: 'RETENTION_SESSION_NOTES',
  agenda: 'RETENTION_AGENDA',
  cases: 'RETENTION_CASES',
  signIn: 'RETENTION_SIGN_IN',
  auditTrail: 'RETENTION_AUDIT',
};

/** Days (`90`, `90d`) or years of 365 days (`2y`), at least one day. */
function periodDays(name: string, raw: string): number {
  const match = /^(\d+)\s*(d|y)?$/i.exec(raw.trim());
  const days = match ? Number(match[1]) * (match[2]?.toLowerCase() === 'y' ? year : 1) : NaN;
  if (!(days >= 1))
    throw new Error(`${name} must be days (90, 90d) or years (2y), at least a day; got "${raw}"`);
  return days;
}

/**
 * How long the record keeps each kind of record, from RETENTION_SESSION_NOTES, RETENTION_AGENDA,
 * RETENTION_CASES, RETENTION_SIGN_IN and RETENTION_AUDIT. A wrong value throws, naming its variable. Sign-in
 * sessions are purged once unused for RETENTION_SIGN_IN, so it may not be shorter than SESSION_IDLE_MINUTES.
 */
export function recordRetention(env: NodeJS.ProcessEnv = process.env): RetentionPolicy {
  const policy = { ...defaultRecordRetention };
  for (const kind of retentionKinds) {
    const name = recordRetentionVariables[kind];
    const raw = env[name];
    if (raw !== undefined && raw.trim() !== '') policy[kind] = periodDays(name, raw);
  }
  const idleMinutes = Number(env.SESSION_IDLE_MINUTES || defaultSessionLifetime.idleMinutes);
  if (policy.signIn * 24 * 60 < idleMinutes) {
    throw new Error(
      `RETENTION_SIGN_IN (${policy.signIn} days) would end sessions still in use: make it at least SESSION_IDLE_MINUTES (${idleMinutes} minutes)`,
    );
  }
  return policy;
}
