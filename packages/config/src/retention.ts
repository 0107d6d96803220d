const hourMs = 3_600_000;

/** The default: a month to look at a closed process's history in the Temporal UI; the record keeps it for good. */
export const defaultRetentionDays = 30;

/**
 * How long the embedded dev server's namespace keeps closed workflows, from TEMPORAL_RETENTION: days (`30`,
 * `30d`) or hours (`72h`), at least a day; 30 days by default. In milliseconds.
 */
export function retentionFromEnv(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.TEMPORAL_RETENTION?.trim();
  if (raw === undefined || raw === '') return defaultRetentionDays * 24 * hourMs;
  const match = /^(\d+)\s*(d|h)?$/.exec(raw);
  const ms = match ? Number(match[1]) * (match[2] === 'h' ? hourMs : 24 * hourMs) : NaN;
  if (!(ms >= 24 * hourMs)) {
    throw new Error(`TEMPORAL_RETENTION must be days (30, 30d) or hours (72h), at least a day; got "${raw}"`);
  }
  return ms;
}
