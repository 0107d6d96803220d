import { defaultPayloadConverter, type DataConverter, type Payload } from '@temporalio/common';
import { PayloadEncryptionCodec } from './encryptionCodec.js';
import type { KeyRing } from './keyRing.js';

/**
 * The data converter of every Temporal client and worker of Leercyclus: JSON as before, then encrypted with the
 * ring's newest key, so the Temporal service stores ciphertext only. Memos go through it too; search attributes
 * do not (hence they hold codes, never free text).
 */
export function dataConverter(ring: KeyRing): DataConverter {
  return { payloadCodecs: [new PayloadEncryptionCodec(ring)] };
}

/** The value a payload of a history holds (which a client fetches as stored: encrypted), decoded as a worker would. */
export async function decodedPayloadValue<T>(converter: DataConverter, payload: Payload): Promise<T> {
  let decoded = [payload];
  for (const codec of [...(converter.payloadCodecs ?? [])].reverse()) decoded = await codec.decode(decoded);
  return defaultPayloadConverter.fromPayload<T>(decoded[0]!);
}
