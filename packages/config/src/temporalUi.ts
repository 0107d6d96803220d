import { defaultPorts, portFromEnv } from './ports.js';

/**
 * The origins of the Temporal UI whose pages may ask the API's codec endpoint to decrypt payloads: TEMPORAL_UI_ORIGIN
 * (comma-separated, such as `https://temporal.example.nl`), by default the embedded dev server's UI on this machine
 * (http://127.0.0.1:TEMPORAL_UI_PORT). Throws, naming the variable, on anything but an origin.
 */
export function temporalUiOrigins(env: NodeJS.ProcessEnv = process.env): string[] {
  const raw = env.TEMPORAL_UI_ORIGIN?.trim();
  if (!raw) return [`http://127.0.0.1:${portFromEnv('TEMPORAL_UI_PORT', defaultPorts.temporalUi, env)}`];
  return raw
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '')
    .map((entry) => {
      const url = URL.canParse(entry) ? new URL(entry) : undefined;
      if (
        !url ||
        (url.protocol !== 'http:' && url.protocol !== 'https:') ||
        url.pathname !== '/' ||
        url.search ||
        url.hash
      ) {
        throw new Error(
          `TEMPORAL_UI_ORIGIN must be the Temporal UI's address without a path, such as https://temporal.example.nl; got "${entry}"`,
        );
      }
      return url.origin;
    });
}
