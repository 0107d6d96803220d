import { existsSync, linkSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  parsePayloadKeys,
  payloadKeyFileVariable,
  payloadKeySettings,
  payloadKeysVariable,
} from '@leercyclus/config';
import { generatePayloadKey, keyRing, type KeyRing } from './keyRing.js';

/** Where one machine keeps its generated key: the git-ignored data folder, beside the histories it encrypts. */
export const defaultKeyFile = fileURLToPath(new URL('../../../.data/payload-keys', import.meta.url));

export interface LoadedKeyRing {
  ring: KeyRing;
  /** The variable or the file the keys came from. */
  from: string;
  /** The key file, when the keys are in one (LEERCYCLUS_PAYLOAD_KEY_FILE or the generated one). */
  file?: string;
  /** True when this call generated the key file: the caller says so. */
  generated: boolean;
}

/** Writes a key file with one fresh key, unless one is there; true when this call wrote it. */
function ensureKeyFile(file: string): boolean {
  if (existsSync(file)) return false;
  mkdirSync(dirname(file), { recursive: true });
  const key = generatePayloadKey(`local-${new Date().toISOString().slice(0, 10)}`);
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(
    temporary,
    [
      "# Leercyclus payload keys: Temporal's histories on this machine are encrypted with them (AES-256-GCM).",
      '# Generated at first start. Keep this file with the data folder: without it those histories cannot be read.',
      '# One key a line as id:base64, the oldest first; the last one encrypts. To rotate, add a new key below.',
      `${key.id}:${key.secret.toString('base64')}`,
      '',
    ].join('\n'),
    { mode: 0o600 },
  );
  try {
    // A link never replaces a file: when another process (the worker beside the API) made one first, both use it.
    linkSync(temporary, file);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  } finally {
    unlinkSync(temporary);
  }
}

/**
 * The payload keys of this process: LEERCYCLUS_PAYLOAD_KEYS or LEERCYCLUS_PAYLOAD_KEY_FILE; without either, on one
 * machine outside production, the key file in the data folder, generated at first start. Throws, naming the
 * setting, when the keys are wrong or when production has none.
 */
export function loadKeyRing(options: { env?: NodeJS.ProcessEnv; keyFile?: string } = {}): LoadedKeyRing {
  const env = options.env ?? process.env;
  const settings = payloadKeySettings(env);
  if (settings.keys) {
    const file = env[payloadKeyFileVariable]?.trim();
    return { ring: keyRing(settings.keys), from: settings.from, ...(file ? { file } : {}), generated: false };
  }
  if (settings.generatedKeyRefusal) {
    throw new Error(
      `Temporal payloads are encrypted and no key is set, but a key generated here will not do: ${settings.generatedKeyRefusal}. ` +
        `Set ${payloadKeysVariable} (id:base64, a key being 32 random bytes: openssl rand -base64 32) or ` +
        `${payloadKeyFileVariable}; see docs/data-protection.md.`,
    );
  }
  const file = options.keyFile ?? defaultKeyFile;
  const generated = ensureKeyFile(file);
  const keys = parsePayloadKeys(readFileSync(file, 'utf8'), file);
  return { ring: keyRing(keys), from: file, file, generated };
}

/** What a process says about its keys as it starts: which key encrypts, from where, and whether it made it now. */
export function keyNotice(loaded: LoadedKeyRing): string {
  return loaded.generated
    ? `generated a payload key into ${loaded.from}: Temporal's histories on this machine are encrypted with it; keep it with the data folder`
    : `payloads encrypted with key "${loaded.ring.current}" from ${loaded.from}`;
}
