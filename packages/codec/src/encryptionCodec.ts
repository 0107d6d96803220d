import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { METADATA_ENCODING_KEY, type Payload, type PayloadCodec } from '@temporalio/common';
import proto from '@temporalio/proto';
import type { KeyRing } from './keyRing.js';

const { Payload: PayloadMessage } = proto.temporal.api.common.v1;

/** The metadata of an encrypted payload, as Temporal's samples write it, so its tools recognise it. */
export const encryptedEncoding = 'binary/encrypted';
export const keyIdMetadata = 'encryption-key-id';
const cipherMetadata = 'encryption-cipher';
const cipher = 'AES-256-GCM';
const nonceBytes = 12;
const tagBytes = 16;

/** A payload that cannot be decrypted here: no key id, a key this process does not hold, or altered data. */
export class PayloadKeyError extends Error {
  override name = 'PayloadKeyError';
}

const text = (bytes: Uint8Array | null | undefined) =>
  bytes ? Buffer.from(bytes).toString('utf8') : undefined;

/**
 * Encrypts every payload whole (its metadata too, so not even its encoding shows) with AES-256-GCM under the
 * ring's current key: a fresh 12-byte nonce, then the ciphertext, then the 16-byte tag, with the key id in the
 * metadata and bound to the ciphertext as additional data. Decrypts with whichever key the id names; a payload
 * without the encryption metadata (histories recorded before payloads were encrypted) passes through unchanged.
 */
export class PayloadEncryptionCodec implements PayloadCodec {
  constructor(private readonly ring: KeyRing) {}

  encode(payloads: Payload[]): Promise<Payload[]> {
    return Promise.resolve().then(() => payloads.map((payload) => this.encrypt(payload)));
  }

  decode(payloads: Payload[]): Promise<Payload[]> {
    return Promise.resolve().then(() => payloads.map((payload) => this.decrypt(payload)));
  }

  private encrypt(payload: Payload): Payload {
    const keyId = this.ring.current;
    const nonce = randomBytes(nonceBytes);
    const encryption = createCipheriv('aes-256-gcm', this.ring.keys.get(keyId)!, nonce);
    encryption.setAAD(Buffer.from(keyId));
    const plain = PayloadMessage.encode(payload).finish();
    return {
      metadata: {
        [METADATA_ENCODING_KEY]: Buffer.from(encryptedEncoding),
        [keyIdMetadata]: Buffer.from(keyId),
        [cipherMetadata]: Buffer.from(cipher),
      },
      data: Buffer.concat([nonce, encryption.update(plain), encryption.final(), encryption.getAuthTag()]),
    };
  }

  private decrypt(payload: Payload): Payload {
    if (text(payload.metadata?.[METADATA_ENCODING_KEY]) !== encryptedEncoding) return payload;
    const keyId = text(payload.metadata?.[keyIdMetadata]);
    if (keyId === undefined) throw new PayloadKeyError('An encrypted payload carries no key id');
    const key = this.ring.keys.get(keyId);
    if (!key) {
      throw new PayloadKeyError(
        `A payload is encrypted with key "${keyId}", which is not among this process's payload keys ` +
          `(${[...this.ring.keys.keys()].join(', ')}): add it to LEERCYCLUS_PAYLOAD_KEYS or the key file`,
      );
    }
    const data = Buffer.from(payload.data ?? []);
    try {
      if (data.length < nonceBytes + tagBytes) throw new Error('too short');
      const decryption = createDecipheriv('aes-256-gcm', key, data.subarray(0, nonceBytes));
      decryption.setAAD(Buffer.from(keyId));
      decryption.setAuthTag(data.subarray(data.length - tagBytes));
      const plain = Buffer.concat([
        decryption.update(data.subarray(nonceBytes, data.length - tagBytes)),
        decryption.final(),
      ]);
      return PayloadMessage.decode(plain);
    } catch {
      throw new PayloadKeyError(
        `A payload encrypted with key "${keyId}" does not decrypt with it: another key under that id, or altered data`,
      );
    }
  }
}
