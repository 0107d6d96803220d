import { readFileSync } from 'node:fs';
import { isLoopback } from './hosts.js';

export const payloadKeysVariable = 'LEERCYCLUS_PAYLOAD_KEYS';
export const payloadKeyFileVariable = 'LEERCYCLUS_PAYLOAD_KEY_FILE';

/** One AES-256 key of the payload codec: its id, stored beside every payload it encrypts, and its 32 bytes. */
export interface PayloadKey {
  id: string;
  secret: Buffer;
}

/**
 * The payload keys as configured, oldest first (the last one encrypts), and where they came from; or none, with
 * why a key generated on this machine will not do (null when it will: one machine, not production).
 */
export type PayloadKeySettings =
  { keys: PayloadKey[]; from: string } | { keys: null; generatedKeyRefusal: string | null };

const keyIdPattern = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
const base64Pattern = /^[A-Za-z0-9+/_-]+={0,2}$/;

/**
 * Reads keys written as `id:base64`, separated by commas or new lines, oldest first; `#` starts a comment line.
 * Each id is a short name (letters, digits, `.`, `_`, `-`), each key 32 random bytes in base64. Throws naming
 * `source` and the entry at fault, never the key itself.
 */
export function parsePayloadKeys(text: string, source: string): PayloadKey[] {
  const entries = text
    .split('\n')
    .filter((line) => !line.trim().startsWith('#'))
    .flatMap((line) => line.split(','))
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
  if (entries.length === 0) throw new Error(`${source} holds no key; write one as id:base64-of-32-bytes`);
  const keys = entries.map((entry, index) => {
    const separator = entry.indexOf(':');
    const id = separator < 0 ? '' : entry.slice(0, separator);
    const encoded = separator < 0 ? '' : entry.slice(separator + 1);
    const at = `${source}, key ${index + 1}${keyIdPattern.test(id) ? ` ("${id}")` : ''}`;
    if (!keyIdPattern.test(id)) {
      throw new Error(`${at}: write each key as id:base64, the id letters, digits, ".", "_" or "-"`);
    }
    const secret = base64Pattern.test(encoded) ? Buffer.from(encoded, 'base64') : Buffer.alloc(0);
    if (secret.length !== 32) {
      throw new Error(`${at}: the key must be 32 bytes in base64 (openssl rand -base64 32)`);
    }
    return { id, secret };
  });
  const ids = keys.map((key) => key.id);
  const repeated = ids.find((id, index) => ids.indexOf(id) !== index);
  if (repeated !== undefined) throw new Error(`${source} names key "${repeated}" twice`);
  return keys;
}

/**
 * Why a key generated into this machine's data folder will not do, or null when it will: in production
 * (NODE_ENV=production) keys are managed, and with Temporal beyond this machine (TEMPORAL_ADDRESS) other
 * machines' workers could not read what this one encrypted.
 */
function generatedKeyRefusal(env: NodeJS.ProcessEnv): string | null {
  if (env.NODE_ENV === 'production') return 'NODE_ENV=production says this is production';
  const address = env.TEMPORAL_ADDRESS?.trim();
  if (!address) return null;
  const host = URL.canParse(`http://${address}`) ? new URL(`http://${address}`).hostname : address;
  return isLoopback(host) ? null : `TEMPORAL_ADDRESS=${address} is a Temporal beyond this machine`;
}

/**
 * The keys of the payload codec, from LEERCYCLUS_PAYLOAD_KEYS or the file LEERCYCLUS_PAYLOAD_KEY_FILE names (one
 * of the two), in the format of `parsePayloadKeys`. Throws, naming the variable, when either is wrong.
 */
export function payloadKeySettings(env: NodeJS.ProcessEnv = process.env): PayloadKeySettings {
  const inline = env[payloadKeysVariable]?.trim() || undefined;
  const file = env[payloadKeyFileVariable]?.trim() || undefined;
  if (inline !== undefined && file !== undefined) {
    throw new Error(`Set ${payloadKeysVariable} or ${payloadKeyFileVariable}, not both`);
  }
  if (inline !== undefined)
    return { keys: parsePayloadKeys(inline, payloadKeysVariable), from: payloadKeysVariable };
  if (file !== undefined) {
    const source = `${payloadKeyFileVariable} (${file})`;
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      throw new Error(`${source} cannot be read: ${error instanceof Error ? error.message : String(error)}`);
    }
    return { keys: parsePayloadKeys(text, source), from: source };
  }
  return { keys: null, generatedKeyRefusal: generatedKeyRefusal(env) };
}
