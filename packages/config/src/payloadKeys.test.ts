import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parsePayloadKeys, payloadKeySettings } from './payloadKeys.js';

const keyA = Buffer.alloc(32, 1).toString('base64');
const keyB = Buffer.alloc(32, 2).toString('base64url');

describe('LEERCYCLUS_PAYLOAD_KEYS and LEERCYCLUS_PAYLOAD_KEY_FILE', () => {
  const folder = mkdtempSync(join(tmpdir(), 'payload-keys-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('reads id:base64 keys, oldest first, from the variable', () => {
    expect(payloadKeySettings({ LEERCYCLUS_PAYLOAD_KEYS: ` 2026-01:${keyA}, 2026-07:${keyB} ` })).toEqual({
      keys: [
        { id: '2026-01', secret: Buffer.alloc(32, 1) },
        { id: '2026-07', secret: Buffer.alloc(32, 2) },
      ],
      from: 'LEERCYCLUS_PAYLOAD_KEYS',
    });
  });

  it('reads a key file with one key a line and comment lines', () => {
    const file = join(folder, 'keys');
    writeFileSync(file, `# the oldest first\nold:${keyA}\n\nnew:${keyB}\n`);
    const settings = payloadKeySettings({ LEERCYCLUS_PAYLOAD_KEY_FILE: file });
    expect(settings.keys?.map((key) => key.id)).toEqual(['old', 'new']);
  });

  it('has no keys when neither is set, and says when a generated one will not do', () => {
    expect(payloadKeySettings({})).toEqual({ keys: null, generatedKeyRefusal: null });
    expect(payloadKeySettings({ TEMPORAL_ADDRESS: '127.0.0.1:7233' })).toEqual({
      keys: null,
      generatedKeyRefusal: null,
    });
    const refusal = (env: NodeJS.ProcessEnv) => {
      const settings = payloadKeySettings(env);
      return settings.keys === null ? settings.generatedKeyRefusal : 'keys';
    };
    expect(refusal({ NODE_ENV: 'production' })).toMatch(/NODE_ENV=production/);
    expect(refusal({ TEMPORAL_ADDRESS: 'temporal.example.nl:7233' })).toMatch(
      /TEMPORAL_ADDRESS=temporal.example.nl:7233/,
    );
  });

  it('refuses what is not a key, naming the variable and the entry but never the key', () => {
    const refusals: [string, RegExp][] = [
      [keyA, /LEERCYCLUS_PAYLOAD_KEYS, key 1: write each key as id:base64/],
      [`a b:${keyA}`, /key 1: write each key as id:base64/],
      [`kort:${Buffer.alloc(16).toString('base64')}`, /key 1 \("kort"\): the key must be 32 bytes/],
      [`raar:${'%'.repeat(44)}`, /key 1 \("raar"\): the key must be 32 bytes/],
      [`x:${keyA},x:${keyB}`, /names key "x" twice/],
      [' , ', /holds no key/],
    ];
    for (const [value, message] of refusals) {
      let thrown: unknown;
      try {
        payloadKeySettings({ LEERCYCLUS_PAYLOAD_KEYS: value });
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(Error);
      expect((thrown as Error).message).toMatch(message);
      expect((thrown as Error).message).not.toContain(keyA);
    }
  });

  it('refuses both at once, and a file that is not there', () => {
    expect(() =>
      payloadKeySettings({ LEERCYCLUS_PAYLOAD_KEYS: `a:${keyA}`, LEERCYCLUS_PAYLOAD_KEY_FILE: '/x' }),
    ).toThrow(/LEERCYCLUS_PAYLOAD_KEYS or LEERCYCLUS_PAYLOAD_KEY_FILE, not both/);
    expect(() => payloadKeySettings({ LEERCYCLUS_PAYLOAD_KEY_FILE: join(folder, 'none') })).toThrow(
      /LEERCYCLUS_PAYLOAD_KEY_FILE \(.*none\) cannot be read/,
    );
    expect(() => parsePayloadKeys('# only a comment\n', 'the file')).toThrow(/the file holds no key/);
  });
});
