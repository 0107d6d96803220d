import { describe, expect, it } from 'vitest';
import { defaultRecordRetention, recordRetention } from './recordRetention.js';

describe('the record’s retention periods', () => {
  it('keeps notes a year, the agenda five, cases two, sign-ins a month and the audit trail seven by default', () => {
    expect(recordRetention({})).toEqual({
      sessionNotes: 365,
      agenda: 5 * 365,
      cases: 2 * 365,
      signIn: 30,
      auditTrail: 7 * 365,
    });
    expect(recordRetention({ RETENTION_CASES: '' })).toEqual(defaultRecordRetention);
  });

  it('takes days or years per kind', () => {
    const policy = recordRetention({
      RETENTION_SESSION_NOTES: '90',
      RETENTION_AGENDA: '10y',
      RETENTION_CASES: '400d',
      RETENTION_SIGN_IN: '7D',
      RETENTION_AUDIT: '20Y',
    });
    expect(policy).toEqual({ sessionNotes: 90, agenda: 3650, cases: 400, signIn: 7, auditTrail: 7300 });
  });

  it('refuses anything else, naming the variable', () => {
    for (const value of ['0', '2w', 'lang', '-3d', '1.5y']) {
      expect(() => recordRetention({ RETENTION_CASES: value })).toThrow(/RETENTION_CASES/);
    }
  });

  it('refuses to end sign-in sessions that are still in use', () => {
    expect(() => recordRetention({ RETENTION_SIGN_IN: '1', SESSION_IDLE_MINUTES: '2880' })).toThrow(
      /RETENTION_SIGN_IN .* SESSION_IDLE_MINUTES/,
    );
    expect(recordRetention({ RETENTION_SIGN_IN: '2', SESSION_IDLE_MINUTES: '2880' }).signIn).toBe(2);
  });
});
