/** Ports of the embedded default; each can be moved by its environment variable. */
export const defaultPorts = {
  temporal: 7233,
  temporalUi: 8233,
  api: 4000,
  web: 5173,
  /** The embedded PGlite, served to the worker and the API by `npm start`. */
  pglite: 55432,
  /** The local mail sink `npm start` runs when no SMTP_URL is set. */
  mailSink: 2525,
} as const;

export function portFromEnv(name: string, fallback: number, env: NodeJS.ProcessEnv = process.env): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65535)
    throw new Error(`${name} must be a port number, got "${raw}"`);
  return port;
}
