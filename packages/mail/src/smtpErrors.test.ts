import { describe, expect, it } from 'vitest';
import { classifySmtpError } from './smtpErrors.js';

describe('what a failed send means', () => {
  it('stops at a refusal for good: an unknown recipient, a rejected message', () => {
    expect(
      classifySmtpError({ code: 'EENVELOPE', responseCode: 550, response: '550 5.1.1 Onbekende ontvanger' }),
    ).toEqual({ permanent: true, reason: '550 5.1.1 Onbekende ontvanger' });
    expect(
      classifySmtpError({ code: 'EMESSAGE', responseCode: 554, response: '554 rejected' }).permanent,
    ).toBe(true);
  });

  it('tries again after a passing refusal, a bad sequence, or no connection at all', () => {
    expect(
      classifySmtpError({ code: 'EMESSAGE', responseCode: 451, response: '451 4.3.0 Probeer later' }),
    ).toEqual({
      permanent: false,
      reason: '451 4.3.0 Probeer later',
    });
    expect(classifySmtpError({ responseCode: 503, response: '503 Bad sequence' }).permanent).toBe(false);
    expect(
      classifySmtpError(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:2525'), { code: 'ESOCKET' })),
    ).toEqual({ permanent: false, reason: 'ESOCKET: connect ECONNREFUSED 127.0.0.1:2525' });
    expect(classifySmtpError(Object.assign(new Error('Invalid login'), { code: 'EAUTH' })).permanent).toBe(
      false,
    );
  });

  it('stops at a message that cannot be sent at all', () => {
    expect(
      classifySmtpError(Object.assign(new Error('No recipients defined'), { code: 'EENVELOPE' })),
    ).toEqual({
      permanent: true,
      reason: 'No recipients defined',
    });
  });
});
