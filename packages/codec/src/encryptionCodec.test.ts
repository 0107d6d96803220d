import { defaultPayloadConverter, type Payload } from '@temporalio/common';
import { describe, expect, it } from 'vitest';
import { dataConverter, decodedPayloadValue } from './dataConverter.js';
import { PayloadEncryptionCodec, PayloadKeyError } from './encryptionCodec.js';
import { generatePayloadKey, keyRing } from './keyRing.js';

const older = generatePayloadKey('2026-01');
const newer = generatePayloadKey('2026-07');
const session = { notes: 'Moeder belde over de zorgen op school', caseCodes: ['W-2026-017'] };

const plain = (value: unknown) => defaultPayloadConverter.toPayload(value);
const text = (payload: Payload) => Buffer.from(payload.data ?? []).toString('latin1');
const metadataText = (payload: Payload) =>
  Object.values(payload.metadata ?? {})
    .map((value) => Buffer.from(value).toString('utf8'))
    .join(' ');

async function refusal(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected the payload to be refused');
}

describe('the payload codec', () => {
  const codec = new PayloadEncryptionCodec(keyRing([older]));

  it('stores neither the words nor their encoding, and gives both back', async () => {
    const [encrypted] = await codec.encode([plain(session)]);
    expect(text(encrypted!)).not.toContain('zorgen');
    expect(text(encrypted!)).not.toContain('W-2026-017');
    expect(metadataText(encrypted!)).toBe('binary/encrypted 2026-01 AES-256-GCM');
    expect(metadataText(encrypted!)).not.toContain('json/plain');
    const [decoded] = await codec.decode([encrypted!]);
    expect(defaultPayloadConverter.fromPayload(decoded!)).toEqual(session);
  });

  it('encrypts the same value differently each time (a fresh nonce)', async () => {
    const [first, second] = await codec.encode([plain(session), plain(session)]);
    expect(Buffer.from(first!.data!).equals(Buffer.from(second!.data!))).toBe(false);
  });

  it('passes a payload recorded before encryption through unchanged', async () => {
    const recordedBefore = plain({ title: 'Proeftuin' });
    expect(await codec.decode([recordedBefore])).toEqual([recordedBefore]);
  });

  it('encrypts with the newest key and still decrypts what a rotated-out key encrypted', async () => {
    const [byOlder] = await codec.encode([plain(session)]);
    const rotated = new PayloadEncryptionCodec(keyRing([older, newer]));
    const [byNewer] = await rotated.encode([plain('na de rotatie')]);
    expect(metadataText(byNewer!)).toContain('2026-07');
    const decoded = await rotated.decode([byOlder!, byNewer!]);
    expect(decoded.map((payload) => defaultPayloadConverter.fromPayload(payload))).toEqual([
      session,
      'na de rotatie',
    ]);
  });

  it('refuses a payload of a key it does not hold, naming the key and the keys it has', async () => {
    const [byNewer] = await new PayloadEncryptionCodec(keyRing([newer])).encode([plain(session)]);
    const error = await refusal(codec.decode([byNewer!]));
    expect(error).toBeInstanceOf(PayloadKeyError);
    expect(error.message).toMatch(/encrypted with key "2026-07", which is not among .* \(2026-01\)/);
    expect(error.message).toContain('LEERCYCLUS_PAYLOAD_KEYS');
  });

  it('refuses altered data, another key under the same id, and a key id moved to other data', async () => {
    const [encrypted] = await codec.encode([plain(session)]);
    const altered = Buffer.from(encrypted!.data!);
    altered[20] = altered[20]! ^ 1;
    const impostor = new PayloadEncryptionCodec(keyRing([{ id: '2026-01', secret: newer.secret }]));
    const [byImpostor] = await impostor.encode([plain(session)]);
    const moved = {
      ...encrypted!,
      metadata: { ...encrypted!.metadata, 'encryption-key-id': Buffer.from('x') },
    };
    const both = new PayloadEncryptionCodec(keyRing([older, { id: 'x', secret: older.secret }]));
    for (const [payload, decoder] of [
      [{ ...encrypted!, data: altered }, codec],
      [byImpostor!, codec],
      [moved, both],
    ] as const) {
      const error = await refusal(decoder.decode([payload]));
      expect(error).toBeInstanceOf(PayloadKeyError);
      expect(error.message).toMatch(/does not decrypt with it/);
    }
    const withoutId = { ...encrypted!.metadata };
    delete withoutId['encryption-key-id'];
    expect((await refusal(codec.decode([{ ...encrypted!, metadata: withoutId }]))).message).toMatch(
      /carries no key id/,
    );
  });

  it('reads a value from a stored payload through the data converter', async () => {
    const converter = dataConverter(keyRing([older]));
    const [stored] = await converter.payloadCodecs![0]!.encode([plain(session)]);
    expect(await decodedPayloadValue(converter, stored!)).toEqual(session);
  });
});
