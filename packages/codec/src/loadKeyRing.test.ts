import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadKeyRing } from './loadKeyRing.js';

const keyA = Buffer.alloc(32, 7).toString('base64');
const keyB = Buffer.alloc(32, 8).toString('base64');

describe('loading the payload keys', () => {
  const folder = mkdtempSync(join(tmpdir(), 'codec-keys-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('takes the configured keys, the last one encrypting', () => {
    const loaded = loadKeyRing({ env: { LEERCYCLUS_PAYLOAD_KEYS: `oud:${keyA},nieuw:${keyB}` } });
    expect(loaded.ring.current).toBe('nieuw');
    expect([...loaded.ring.keys.keys()]).toEqual(['oud', 'nieuw']);
    expect(loaded).toMatchObject({ from: 'LEERCYCLUS_PAYLOAD_KEYS', generated: false });
  });

  it('generates one key file at first start on one machine, readable by its owner only, and reuses it', () => {
    const keyFile = join(folder, 'data', 'payload-keys');
    const first = loadKeyRing({ env: {}, keyFile });
    expect(first.generated).toBe(true);
    expect(first.file).toBe(keyFile);
    expect(statSync(keyFile).mode & 0o777).toBe(0o600);
    expect(readFileSync(keyFile, 'utf8')).toMatch(/^# Leercyclus payload keys/);
    const again = loadKeyRing({ env: { TEMPORAL_ADDRESS: 'localhost:7233' }, keyFile });
    expect(again.generated).toBe(false);
    expect(again.ring.current).toBe(first.ring.current);
    expect(again.ring.keys.get(again.ring.current)!.export()).toEqual(
      first.ring.keys.get(first.ring.current)!.export(),
    );
  });

  it('refuses to start without a key in production or with Temporal beyond this machine', () => {
    const keyFile = join(folder, 'never');
    expect(() => loadKeyRing({ env: { NODE_ENV: 'production' }, keyFile })).toThrow(
      /no key is set, but a key generated here will not do: NODE_ENV=production .* Set LEERCYCLUS_PAYLOAD_KEYS/,
    );
    expect(() => loadKeyRing({ env: { TEMPORAL_ADDRESS: 'temporal.intern:7233' }, keyFile })).toThrow(
      /TEMPORAL_ADDRESS=temporal.intern:7233 is a Temporal beyond this machine/,
    );
    expect(() => statSync(keyFile)).toThrow();
  });
});
