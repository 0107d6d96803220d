import { describe, expect, it } from 'vitest';
import { auditFilterOf, emptyAuditFilter } from './auditFilter';

describe('auditFilterOf', () => {
  it('asks for everything when nothing is filled in', () => {
    expect(auditFilterOf(emptyAuditFilter)).toEqual({});
  });

  it('takes whole days in Amsterdam, the last one included, and trimmed text', () => {
    expect(
      auditFilterOf({
        personId: 'chris.monitor',
        recordType: ' cycle ',
        recordId: '',
        from: '2026-03-01',
        until: '2026-03-31',
        operation: 'read',
      }),
    ).toEqual({
      personId: 'chris.monitor',
      recordType: 'cycle',
      from: '2026-02-28T23:00:00.000Z',
      until: '2026-03-31T22:00:00.000Z',
      operation: 'read',
    });
  });
});
