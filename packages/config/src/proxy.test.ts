import { describe, expect, it } from 'vitest';
import { trustProxyFromEnv } from './proxy.js';

describe('TRUST_PROXY', () => {
  it('trusts no proxy unless told', () => {
    expect(trustProxyFromEnv({})).toBe(false);
    expect(trustProxyFromEnv({ TRUST_PROXY: ' ' })).toBe(false);
  });

  it('names proxies by address or CIDR range', () => {
    expect(trustProxyFromEnv({ TRUST_PROXY: '10.0.0.5, 192.168.1.0/24,::1' })).toEqual([
      '10.0.0.5',
      '192.168.1.0/24',
      '::1',
    ]);
  });

  it('refuses trusting anyone, or a number of hops, which a client reaching the API directly could abuse', () => {
    for (const value of ['true', '1', 'proxy.example.nl']) {
      expect(() => trustProxyFromEnv({ TRUST_PROXY: value })).toThrow(/^TRUST_PROXY must name the proxies/);
    }
  });
});
