import {
  defaultPayloadConverter,
  type DataConverter,
  type Payload,
  type PayloadCodec,
} from '@temporalio/common';
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

/** Payloads as Temporal stores them, decoded through a converter's codecs as a worker would: the last one first. */
export async function decodePayloads(
  codecs: readonly PayloadCodec[],
  payloads: Payload[],
): Promise<Payload[]> {
  let decoded = payloads;
  for (const codec of [...codecs].reverse()) decoded = await codec.decode(decoded);
  return decoded;
}

/** The value a payload of a history holds (a client fetches histories as stored: encrypted). */
export async function decodedPayloadValue<T>(converter: DataConverter, payload: Payload): Promise<T> {
  const [decoded] = await decodePayloads(converter.payloadCodecs ?? [], [payload]);
  return defaultPayloadConverter.fromPayload<T>(decoded!);
}
