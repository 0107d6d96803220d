import { describe, expect, it } from 'vitest';
import { retentionFromEnv } from './retention.js';

const day = 86_400_000;

describe('TEMPORAL_RETENTION', () => {
  it('keeps closed workflows 30 days unless told otherwise', () => {
    expect(retentionFromEnv({})).toBe(30 * day);
    expect(retentionFromEnv({ TEMPORAL_RETENTION: '' })).toBe(30 * day);
  });

  it('takes days or hours', () => {
    expect(retentionFromEnv({ TEMPORAL_RETENTION: '90' })).toBe(90 * day);
    expect(retentionFromEnv({ TEMPORAL_RETENTION: '7d' })).toBe(7 * day);
    expect(retentionFromEnv({ TEMPORAL_RETENTION: '36h' })).toBe(1.5 * day);
  });

  it('refuses less than a day or anything else, naming the variable', () => {
    for (const value of ['12h', '0', '2w', 'lang', '-3d']) {
      expect(() => retentionFromEnv({ TEMPORAL_RETENTION: value })).toThrow(/TEMPORAL_RETENTION/);
    }
  });
});
