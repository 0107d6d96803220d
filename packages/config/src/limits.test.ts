import { describe, expect, it } from 'vitest';
import { apiLimits, defaultRateLimits } from './limits.js';

describe('the API limits', () => {
  it('have defaults for one machine and an office behind one address', () => {
    expect(apiLimits({})).toEqual({
      rates: defaultRateLimits,
      bodyLimitBytes: 1024 * 1024,
      requestTimeoutMs: 30_000,
      handlerTimeoutMs: 60_000,
    });
  });

  it('take each from its variable; a rate of 0 switches that limit off', () => {
    const limits = apiLimits({
      RATE_LIMIT_SIGN_IN_PER_ADDRESS: '5',
      RATE_LIMIT_SIGN_IN_PER_PERSON: '3',
      RATE_LIMIT_WRITES_PER_ADDRESS: '0',
      RATE_LIMIT_WRITES_PER_PERSON: ' 40 ',
      API_BODY_LIMIT_KB: '64',
      API_REQUEST_TIMEOUT_SECONDS: '10',
      API_HANDLER_TIMEOUT_SECONDS: '20',
    });
    expect(limits).toEqual({
      rates: { signInPerAddress: 5, signInPerPerson: 3, writesPerAddress: 0, writesPerPerson: 40 },
      bodyLimitBytes: 64 * 1024,
      requestTimeoutMs: 10_000,
      handlerTimeoutMs: 20_000,
    });
  });

  it('refuse what is not a whole number, or a size or time of 0, naming the variable', () => {
    expect(() => apiLimits({ RATE_LIMIT_WRITES_PER_PERSON: 'veel' })).toThrow(
      'RATE_LIMIT_WRITES_PER_PERSON must be a whole number of at least 0, got "veel"',
    );
    expect(() => apiLimits({ RATE_LIMIT_SIGN_IN_PER_ADDRESS: '-1' })).toThrow(
      /RATE_LIMIT_SIGN_IN_PER_ADDRESS/,
    );
    expect(() => apiLimits({ API_BODY_LIMIT_KB: '0' })).toThrow(
      'API_BODY_LIMIT_KB must be a whole number of at least 1, got "0"',
    );
    expect(() => apiLimits({ API_HANDLER_TIMEOUT_SECONDS: '1.5' })).toThrow(/API_HANDLER_TIMEOUT_SECONDS/);
  });
});
