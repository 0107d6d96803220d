/**
 * A whole number from an environment variable, at least `min`; the fallback when it is unset or empty. A wrong
 * value throws, naming the variable, so a process refuses to start on it.
 */
export function wholeNumberFromEnv(
  name: string,
  fallback: number,
  env: NodeJS.ProcessEnv,
  { min = 0 }: { min?: number } = {},
): number {
  const raw = env[name]?.trim();
  if (raw === undefined || raw === '') return fallback;
  const value = /^\d+$/.test(raw) ? Number(raw) : NaN;
  if (!(value >= min)) throw new Error(`${name} must be a whole number of at least ${min}, got "${raw}"`);
  return value;
}
