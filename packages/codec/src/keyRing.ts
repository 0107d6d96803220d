import { createSecretKey, randomBytes, type KeyObject } from 'node:crypto';
import type { PayloadKey } from '@leercyclus/config';

/**
 * The payload keys a process holds: the newest encrypts, every one decrypts, so a key can be rotated in by adding
 * it last and kept for as long as histories encrypted with it may be read.
 */
export interface KeyRing {
  /** The id of the key that encrypts: the last one configured. */
  current: string;
  keys: ReadonlyMap<string, KeyObject>;
}

export function keyRing(keys: readonly PayloadKey[]): KeyRing {
  const newest = keys.at(-1);
  if (!newest) throw new Error('a key ring needs at least one key');
  return {
    current: newest.id,
    keys: new Map(keys.map((key) => [key.id, createSecretKey(key.secret)])),
  };
}

/** A fresh random AES-256 key under the given id. */
export function generatePayloadKey(id: string): PayloadKey {
  return { id, secret: randomBytes(32) };
}
